package dev.ccgate.gateway.shared;

/**
 * The Lua scripts the Redis store runs. Each runs atomically on the server, so concurrent instances
 * never interleave inside one. Values cross as strings and integers only (INCRBY/DECRBY results),
 * never as Lua numbers turned back into strings, which would print large values in exponent form.
 */
final class RedisScripts {
  private RedisScripts() {}

  /**
   * Adds a request's cost once. KEYS[1] the request's settled marker, KEYS[2..] its wallet keys;
   * ARGV[1] the cost, ARGV[2] the marker's expiry (epoch seconds), ARGV[3..] each wallet key's
   * expiry. Answers {1 if added now else 0, spend of each wallet after}.
   */
  static final String ADD =
      """
      local fresh = redis.call('SET', KEYS[1], '1', 'NX', 'EXAT', ARGV[2])
      local out = {fresh and 1 or 0}
      for i = 2, #KEYS do
        if fresh then
          out[i] = redis.call('INCRBY', KEYS[i], ARGV[1])
          redis.call('EXPIREAT', KEYS[i], ARGV[i + 1])
        else
          out[i] = tonumber(redis.call('GET', KEYS[i]) or '0')
        end
      end
      return out
      """;

  /**
   * Claims stages. KEYS the stage keys; ARGV each key's expiry. Answers 1 for each key this call
   * set (the caller fires that stage) and 0 for one already claimed.
   */
  static final String CLAIM =
      """
      local out = {}
      for i = 1, #KEYS do
        out[i] = redis.call('SET', KEYS[i], '1', 'NX', 'EXAT', ARGV[i]) and 1 or 0
      end
      return out
      """;

  /**
   * Credits or resets one wallet. KEYS[1] the wallet key; ARGV[1] the credit ('reset' for 0),
   * ARGV[2] the key's expiry. Answers the spend after, never below 0.
   */
  static final String ADJUST =
      """
      local after = 0
      if ARGV[1] == 'reset' then
        redis.call('SET', KEYS[1], '0', 'EXAT', ARGV[2])
      else
        after = redis.call('DECRBY', KEYS[1], ARGV[1])
        if after < 0 then
          after = 0
          redis.call('SET', KEYS[1], '0')
        end
        redis.call('EXPIREAT', KEYS[1], ARGV[2])
      end
      return after
      """;
}
