package dev.ccgate.simulator.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * An inline SVG chart's frame and marks: a plot area inside margins, money on the y axis from 0 to
 * {@code top}. Coordinates are written with one decimal, so the same chart is the same bytes.
 */
final class Svg {
  static final int WIDTH = 720;
  static final int HEIGHT = 200;
  static final int LEFT = 70;
  static final int RIGHT = 120; // room for the stage labels right of the plot
  static final int TOP = 10;
  static final int BOTTOM = 24;
  static final double PLOT_W = WIDTH - LEFT - RIGHT;
  static final double PLOT_H = HEIGHT - TOP - BOTTOM;

  private final Writer out;
  private final long top;

  private Svg(Writer out, long top) {
    this.out = out;
    this.top = Math.max(1, top);
  }

  /**
   * Starts a chart titled {@code title} whose y axis runs from $0 to a little above {@code
   * highestMicros}, with its axis and the two money labels.
   */
  static Svg start(Writer out, String title, long highestMicros) throws IOException {
    long top = Math.max(1, highestMicros + highestMicros / 20); // headroom above the highest mark
    out.write(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
            + WIDTH
            + "\" height=\""
            + HEIGHT
            + "\" role=\"img\"><title>"
            + Html.esc(title)
            + "</title>\n");
    Svg svg = new Svg(out, top);
    svg.line(LEFT, TOP + PLOT_H, LEFT + PLOT_W, TOP + PLOT_H, "#a0aec0", false);
    svg.text(LEFT - 6, TOP + PLOT_H + 4, "end", "$0");
    svg.text(LEFT - 6, TOP + 10, "end", Numbers.wholeDollars(top));
    return svg;
  }

  /** The y coordinate of {@code micros}. */
  double y(long micros) {
    return TOP + PLOT_H - PLOT_H * micros / top;
  }

  /** A bar from the axis up to {@code micros}. */
  void bar(double x, double w, long micros, String fill) throws IOException {
    if (micros <= 0) {
      return;
    }
    double y = y(micros);
    out.write(
        "<rect x=\""
            + n(x)
            + "\" y=\""
            + n(y)
            + "\" width=\""
            + n(w)
            + "\" height=\""
            + n(TOP + PLOT_H - y)
            + "\" fill=\""
            + fill
            + "\"/>\n");
  }

  void line(double x1, double y1, double x2, double y2, String colour, boolean dashed)
      throws IOException {
    out.write(
        "<line x1=\""
            + n(x1)
            + "\" y1=\""
            + n(y1)
            + "\" x2=\""
            + n(x2)
            + "\" y2=\""
            + n(y2)
            + "\" stroke=\""
            + colour
            + "\""
            + (dashed ? " stroke-dasharray=\"5 3\"" : "")
            + "/>\n");
  }

  /** A step line through {@code points} ({@code x, y} pairs). */
  void polyline(double[] points, String colour) throws IOException {
    StringBuilder b =
        new StringBuilder("<polyline fill=\"none\" stroke=\"" + colour + "\" points=\"");
    for (int i = 0; i < points.length; i += 2) {
      b.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
    }
    out.write(b.append("\"/>\n").toString());
  }

  void circle(double x, double y, String fill, String title) throws IOException {
    out.write(
        "<circle cx=\""
            + n(x)
            + "\" cy=\""
            + n(y)
            + "\" r=\"3.5\" fill=\""
            + fill
            + "\"><title>"
            + Html.esc(title)
            + "</title></circle>\n");
  }

  void text(double x, double y, String anchor, String text) throws IOException {
    out.write(
        "<text x=\""
            + n(x)
            + "\" y=\""
            + n(y)
            + "\" text-anchor=\""
            + anchor
            + "\">"
            + Html.esc(text)
            + "</text>\n");
  }

  void end() throws IOException {
    out.write("</svg>\n");
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
