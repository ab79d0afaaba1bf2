package dev.ccgate.gateway.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** A client of a running gateway's admin API, as {@code ccgate status} uses it. */
public final class AdminClient {
  private final URI base;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A client of the gateway at {@code base}, authenticating with the admin {@code token}. */
  public AdminClient(URI base, String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException(
          "no admin token: pass --admin-token or set CCGATE_ADMIN_TOKEN");
    }
    this.base = base;
    this.token = token;
  }

  /** The gateway's wallets in their current periods. */
  public List<WalletsJson.Wallet> wallets() throws IOException, InterruptedException {
    return WalletsJson.read(get("/admin/wallets"));
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    int status = response.statusCode();
    if (status != 200) {
      throw new IOException(
          base
              + " answered "
              + status
              + (status == 401 ? " (wrong admin token)" : "")
              + (status == 404 ? " (admin API off: start serve with a token)" : ""));
    }
    return response.body();
  }
}
