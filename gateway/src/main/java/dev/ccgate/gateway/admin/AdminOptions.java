package dev.ccgate.gateway.admin;

/**
 * The admin API's settings.
 *
 * @param token the bearer token, or null to disable the API (every {@code /admin/} path is 404)
 * @param source where {@code POST /admin/reload} and SIGHUP read the policy, or null for none
 */
public record AdminOptions(String token, PolicySource source) {
  /** No admin API. */
  public static final AdminOptions NONE = new AdminOptions(null, null);

  /** Treats a blank token as none. */
  public AdminOptions {
    if (token != null && token.isBlank()) {
      token = null;
    }
  }
}
