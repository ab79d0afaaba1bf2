package dev.ccgate.gateway.proxy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Headers that belong to one hop and are never forwarded (RFC 9110 §7.6.1), plus those listed in
 * the message's own {@code Connection} header.
 */
final class HopByHop {
  private static final Set<String> ALWAYS =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade");

  private static final Pattern COMMA = Pattern.compile(",");

  private final Set<String> listed;

  private HopByHop(Set<String> listed) {
    this.listed = listed;
  }

  /** The hop-by-hop headers of {@code headers}. */
  static HopByHop of(HttpFields headers) {
    Set<String> listed = new HashSet<>();
    for (String value : headers.getValuesList(HttpHeader.CONNECTION)) {
      for (String name : COMMA.split(value, -1)) {
        listed.add(name.strip().toLowerCase(Locale.ROOT));
      }
    }
    return new HopByHop(listed);
  }

  /** True when {@code field} must not cross this hop. */
  boolean drops(HttpField field) {
    String name = field.getLowerCaseName();
    return ALWAYS.contains(name) || listed.contains(name);
  }
}
