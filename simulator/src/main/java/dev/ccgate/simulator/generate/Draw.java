package dev.ccgate.simulator.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws from the distributions usage follows, over one {@link SplittableRandom}. Gaussians
 * are Box-Muller over {@code nextDouble()} rather than {@code nextGaussian()}, whose algorithm the
 * JDK does not promise to keep: the same seed must give the same files on every JDK.
 */
final class Draw {
  private static final String HEX = "0123456789abcdef";
  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private final SplittableRandom random;

  Draw(SplittableRandom random) {
    this.random = random;
  }

  Draw(long seed) {
    this(new SplittableRandom(seed));
  }

  /** An independent stream; this one advances by one split. */
  Draw split() {
    return new Draw(random.split());
  }

  double unit() {
    return random.nextDouble();
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Uniform in {@code [lo, hi]}. */
  int between(int lo, int hi) {
    return random.nextInt(lo, hi + 1);
  }

  /** Uniform in {@code [lo, hi]}. */
  long between(long lo, long hi) {
    return random.nextLong(lo, hi + 1);
  }

  double uniform(double lo, double hi) {
    return lo + (hi - lo) * random.nextDouble();
  }

  /** A standard normal draw. */
  double gaussian() {
    double u = 1.0 - random.nextDouble(); // (0, 1]: log(0) never happens
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }

  /** A log-normal draw with this median; {@code sigma} sets how heavy its right tail is. */
  double lognormal(double median, double sigma) {
    return median * Math.exp(sigma * gaussian());
  }

  /** {@link #lognormal} rounded and clamped to {@code [min, max]}. */
  long count(double median, double sigma, long min, long max) {
    return Math.max(min, Math.min(max, Math.round(lognormal(median, sigma))));
  }

  /** A Poisson draw (Knuth below 30, a rounded normal above). */
  int poisson(double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 30) {
      return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian()));
    }
    double limit = Math.exp(-lambda);
    double p = random.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= random.nextDouble();
      k++;
    }
    return k;
  }

  /** A geometric draw on {@code 0, 1, 2, ...} with this mean. */
  int geometric(double mean) {
    if (mean <= 0) {
      return 0;
    }
    double p = 1.0 / (mean + 1.0);
    double u = 1.0 - random.nextDouble();
    return (int) Math.min(100_000, Math.floor(Math.log(u) / Math.log(1.0 - p)));
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** {@code n} lower-case hex digits. */
  String hex(int n) {
    return chars(HEX, n);
  }

  /** {@code n} characters of the alphabet Anthropic's ids use. */
  String base58(int n) {
    return chars(BASE58, n);
  }

  private String chars(String alphabet, int n) {
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(out);
  }

  /** A random (version 4) UUID in its usual text form. */
  String uuid() {
    long hi = random.nextLong();
    long lo = random.nextLong();
    hi = (hi & ~0xF000L) | 0x4000L; // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    char[] out = new char[36];
    int p = 0;
    for (int i = 15; i >= 0; i--) {
      if (i == 7 || i == 3) {
        out[p++] = '-';
      }
      out[p++] = HEX.charAt((int) (hi >>> (i * 4)) & 0xF);
    }
    for (int i = 15; i >= 0; i--) {
      if (i == 15 || i == 11) {
        out[p++] = '-';
      }
      out[p++] = HEX.charAt((int) (lo >>> (i * 4)) & 0xF);
    }
    return new String(out);
  }
}
