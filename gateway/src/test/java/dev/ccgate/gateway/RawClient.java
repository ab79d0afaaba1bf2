package dev.ccgate.gateway;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;

/** A plain HTTP client for requests the SDK would never send (bad input, odd headers). */
public final class RawClient implements AutoCloseable {
  private final HttpClient http = new HttpClient();
  private final String base;

  /** A client for the gateway at {@code base}. */
  public RawClient(String base) {
    this.base = base;
    http.setFollowRedirects(false);
    try {
      http.start();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A request to {@code pathQuery}, ready to send. */
  public Request request(String method, String pathQuery) {
    return http.newRequest(base + pathQuery).method(method).timeout(20, TimeUnit.SECONDS);
  }

  /** POSTs {@code json} to {@code pathQuery} with {@code key} in x-api-key (none when null). */
  public ContentResponse post(String pathQuery, String key, String json) throws Exception {
    Request r =
        request("POST", pathQuery)
            .body(
                new BytesRequestContent("application/json", json.getBytes(StandardCharsets.UTF_8)));
    if (key != null) {
      r.headers(h -> h.put("x-api-key", key));
    }
    return r.send();
  }

  /** A minimal Messages body for {@code model}. */
  public static String body(String model, boolean stream) {
    return "{\"model\":\""
        + model
        + "\",\"max_tokens\":1024,\"stream\":"
        + stream
        + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
  }

  /** The underlying client. */
  public HttpClient http() {
    return http;
  }

  @Override
  public void close() {
    try {
      http.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
