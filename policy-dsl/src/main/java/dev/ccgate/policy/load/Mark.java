package dev.ccgate.policy.load;

/** A position in a policy file: 1-based line and column. */
public record Mark(int line, int column) implements Comparable<Mark> {
  /** The start of a file, used for problems about the document as a whole. */
  public static final Mark START = new Mark(1, 1);

  @Override
  public int compareTo(Mark other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
