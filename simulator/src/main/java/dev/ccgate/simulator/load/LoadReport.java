package dev.ccgate.simulator.load;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a load did with every input line, so nothing disappears silently: {@code linesRead} lines
 * held {@code rowsRead} request records, of which {@code duplicates} were transcript duplicates and
 * {@code requests} are in the table; {@code rejected} lines were unusable (the first few are
 * listed).
 *
 * @param filesByFormat files read per format id, in format order
 * @param skippedFiles files that are no trace format, as {@code name: reason}
 * @param rejections the first {@link #SHOWN_REJECTIONS} rejected lines, in file and line order
 * @param unknownModels models the price table does not know (priced by their family's newest row)
 * @param first the earliest request, or null when there are none
 * @param last the latest request, or null when there are none
 * @param reused true when a {@code --db} from an earlier run with the same inputs was reused
 */
public record LoadReport(
    List<String> inputs,
    Map<String, Long> filesByFormat,
    List<String> skippedFiles,
    long linesRead,
    long rowsRead,
    long duplicates,
    long requests,
    long rejected,
    List<Rejection> rejections,
    List<ModelCount> unknownModels,
    Instant first,
    Instant last,
    boolean reused) {

  /** How many rejected lines a report lists before it only counts. */
  public static final int SHOWN_REJECTIONS = 20;

  /** Copies the collections. */
  public LoadReport {
    inputs = List.copyOf(inputs);
    filesByFormat =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filesByFormat));
    skippedFiles = List.copyOf(skippedFiles);
    rejections = List.copyOf(rejections);
    unknownModels = List.copyOf(unknownModels);
  }

  /** Files read, all formats together. */
  public long files() {
    return filesByFormat.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Requests whose model the price table does not know. */
  public long unknownModelRequests() {
    return unknownModels.stream().mapToLong(ModelCount::requests).sum();
  }

  /** This report with the price table's verdict on its models. */
  public LoadReport withUnknownModels(List<ModelCount> models) {
    return new LoadReport(
        inputs,
        filesByFormat,
        skippedFiles,
        linesRead,
        rowsRead,
        duplicates,
        requests,
        rejected,
        rejections,
        models,
        first,
        last,
        reused);
  }
}
