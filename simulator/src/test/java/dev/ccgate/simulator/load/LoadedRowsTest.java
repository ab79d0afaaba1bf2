package dev.ccgate.simulator.load;

import static dev.ccgate.simulator.load.Traces.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.simulator.generate.GenerateFormat;
import dev.ccgate.simulator.generate.GenerateOptions;
import dev.ccgate.simulator.generate.GenerateSummary;
import dev.ccgate.simulator.generate.TrafficGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row a reader parses reaches the database: on trees of many files read by several threads
 * into one Appender, the loaded rows equal the parsed rows, and the ids survive the staging
 * encoding whatever their length or characters.
 */
class LoadedRowsTest {
  @TempDir Path dir;

  private GenerateSummary generate(GenerateFormat format) throws Exception {
    return new TrafficGenerator()
        .generate(
            new GenerateOptions(
                dir.resolve(format.id()),
                format,
                false,
                12,
                3,
                6,
                5,
                LocalDate.of(2026, 11, 1),
                2));
  }

  @Test
  void everyParsedCsvRowIsLoadedOnceFromAManyFileTree() throws Exception {
    GenerateSummary s = generate(GenerateFormat.CSV);
    assertTrue(s.files() > 10, "files: " + s.files());
    try (LoadedTraces t = new TraceLoader(3).load(LoadOptions.of(dir.resolve("csv")))) {
      assertEquals(s.usageLines(), t.report().rowsRead());
      assertEquals(s.usageLines(), t.report().requests(), "no dedup for CSV: loaded = parsed");
      assertEquals(s.usageLines(), number(t, "SELECT count(*) FROM requests"));
      assertEquals(
          s.usageLines(),
          number(t, "SELECT count(DISTINCT (source_file, source_ordinal)) FROM requests"));
    }
  }

  @Test
  void everyParsedTranscriptRowIsLoadedAndDuplicatesAreTheOnlyOnesDropped() throws Exception {
    GenerateSummary s = generate(GenerateFormat.TRANSCRIPTS);
    assertTrue(s.files() > 10, "files: " + s.files());
    try (LoadedTraces t = new TraceLoader(3).load(LoadOptions.of(dir.resolve("transcripts")))) {
      assertEquals(s.usageLines(), t.report().rowsRead());
      assertEquals(s.expectedRequests(), t.report().requests());
      assertEquals(s.duplicateLines(), t.report().duplicates());
      assertEquals(t.report().requests(), number(t, "SELECT count(*) FROM requests"));
    }
  }

  @Test
  void idsOfAnyLengthAndCharacterAndMissingOnesSurviveTheLoad() throws Exception {
    List<String[]> ids = new ArrayList<>();
    ids.add(
        new String[] {
          "req_011CfQ2m8sLk4pZr9vXy1aBc-réq-😀", "msg_01ß😀-long-enough-to-not-inline"
        });
    ids.add(new String[] {"", "msg-only-😀"});
    ids.add(new String[] {"req-only-é", ""});
    ids.add(new String[] {"", ""});
    ids.add(new String[] {"r5", "m5"});
    ids.add(new String[] {"😀", "😀😀"});
    StringBuilder csv =
        new StringBuilder(
            "time,developer,model,input_tokens,output_tokens,request_id,message_id\n");
    for (int i = 0; i < ids.size(); i++) {
      csv.append(String.format("2026-11-02T10:00:%02dZ,dev,claude-opus-4-8,1,2,", i))
          .append(ids.get(i)[0])
          .append(',')
          .append(ids.get(i)[1])
          .append('\n');
    }
    Path f = dir.resolve("ids.csv");
    Files.writeString(f, csv);
    try (LoadedTraces t = Traces.load(f);
        Statement st = t.store().connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT request_id, message_id FROM requests ORDER BY source_ordinal")) {
      for (String[] expected : ids) {
        assertTrue(rs.next());
        assertEquals(expected[0].isEmpty() ? null : expected[0], rs.getString(1));
        assertEquals(expected[1].isEmpty() ? null : expected[1], rs.getString(2));
      }
      assertFalse(rs.next(), "no extra rows");
    }
  }
}
