package dev.ccgate.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every id form of formats.md §5.4 (and the ones Claude Code and LiteLLM add) maps to one row. */
class ModelIdsTest {
  private static final PriceTable TABLE = PriceTables.builtin();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Claude API ids and aliases
          claude-opus-4-5                                              | claude-opus-4-5
          claude-opus-4-5-20251101                                     | claude-opus-4-5
          claude-sonnet-4-5-20250929                                   | claude-sonnet-4-5
          claude-haiku-4-5-20251001                                    | claude-haiku-4-5
          claude-opus-4-6                                              | claude-opus-4-6
          claude-opus-5-5                                              | claude-opus-5-5
          claude-opus-5                                                | claude-opus-5
          claude-sonnet-4-20250514                                     | claude-sonnet-4-20250514
          claude-sonnet-4-0                                            | claude-sonnet-4-20250514
          claude-opus-4-0                                              | claude-opus-4-20250514
          claude-opus-4-1                                              | claude-opus-4-1-20250805
          claude-fable-5-2                                             | claude-fable-5-2
          claude-mythos-5-1                                            | claude-mythos-5-1
          # old naming: version before family
          claude-3-7-sonnet-20250219                                   | claude-3-7-sonnet-20250219
          claude-3-7-sonnet-latest                                     | claude-3-7-sonnet-20250219
          claude-3-5-haiku-20241022                                    | claude-3-5-haiku-20241022
          claude-3-5-haiku-latest                                      | claude-3-5-haiku-20241022
          claude-3-haiku-20240307                                      | claude-3-haiku-20240307
          claude-3-opus-20240229                                       | claude-3-opus-20240229
          # Bedrock
          anthropic.claude-opus-4-5-20251101-v1:0                      | claude-opus-4-5
          anthropic.claude-sonnet-4-5-20250929-v1:0                    | claude-sonnet-4-5
          anthropic.claude-haiku-4-5-20251001-v1:0                     | claude-haiku-4-5
          anthropic.claude-opus-4-6-v1                                 | claude-opus-4-6
          anthropic.claude-sonnet-4-6                                  | claude-sonnet-4-6
          anthropic.claude-opus-4-7                                    | claude-opus-4-7
          anthropic.claude-opus-4-8                                    | claude-opus-4-8
          anthropic.claude-opus-5                                      | claude-opus-5
          anthropic.claude-sonnet-4-20250514-v1:0                      | claude-sonnet-4-20250514
          anthropic.claude-3-7-sonnet-20250219-v1:0                    | claude-3-7-sonnet-20250219
          anthropic.claude-3-5-haiku-20241022-v1:0                     | claude-3-5-haiku-20241022
          anthropic.claude-3-haiku-20240307-v1:0                       | claude-3-haiku-20240307
          anthropic.claude-3-haiku-20240307-v1:0:200k                  | claude-3-haiku-20240307
          us.anthropic.claude-opus-4-8                                 | claude-opus-4-8
          eu.anthropic.claude-sonnet-4-5-20250929-v1:0                 | claude-sonnet-4-5
          apac.anthropic.claude-haiku-4-5-20251001-v1:0                | claude-haiku-4-5
          global.anthropic.claude-opus-5                               | claude-opus-5
          us.anthropic.claude-opus-4-6-v1                              | claude-opus-4-6
          arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-opus-4-5-20251101-v1:0 | claude-opus-4-5
          arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-sonnet-4-6                             | claude-sonnet-4-6
          # Vertex AI
          claude-opus-4-5@20251101                                     | claude-opus-4-5
          claude-sonnet-4-5@20250929                                   | claude-sonnet-4-5
          claude-haiku-4-5@20251001                                    | claude-haiku-4-5
          claude-3-5-haiku@20241022                                    | claude-3-5-haiku-20241022
          claude-sonnet-4@20250514                                     | claude-sonnet-4-20250514
          # Claude Code labels, dots, case, LiteLLM prefixes, fast variants
          claude-opus-4-6[1m]                                          | claude-opus-4-6
          claude-opus-4-8[1m]                                          | claude-opus-4-8
          claude-opus-4.5                                              | claude-opus-4-5
          claude-sonnet-4.5-20250929                                   | claude-sonnet-4-5
          claude-3.7-sonnet                                            | claude-3-7-sonnet-20250219
          Claude-Opus-4-5                                              | claude-opus-4-5
          ' claude-opus-4-5 '                                          | claude-opus-4-5
          anthropic/claude-opus-4-5                                    | claude-opus-4-5
          anthropic/claude-opus-4.5                                    | claude-opus-4-5
          bedrock/us.anthropic.claude-opus-4-8                         | claude-opus-4-8
          vertex_ai/claude-opus-4-5@20251101                           | claude-opus-4-5
          claude-opus-4-6-fast                                         | claude-opus-4-6
          claude-opus-4-6-fast[1m]                                     | claude-opus-4-6
          """)
  void everyFormResolvesToItsKnownRow(String requested, String canonical) {
    ResolvedModel model = TABLE.resolve(requested);
    assertEquals(canonical, model.id());
    assertTrue(model.known(), requested + " should be known");
    assertEquals(requested, model.requestedId());
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          claude-opus-4-5                                | opus   | 4-5
          us.anthropic.claude-opus-4-5-20251101-v1:0     | opus   | 4-5
          claude-3-7-sonnet-20250219                     | sonnet | 3-7
          claude-3-haiku-20240307                        | haiku  | 3
          claude-opus-4-20250514                         | opus   | 4
          claude-sonnet-4-0                              | sonnet | 4
          claude-opus-5                                  | opus   | 5
          claude-opus-9-9                                | opus   | 9-9
          claude-fable-5-2                               | fable  | 5-2
          """)
  void parsesFamilyAndGenerationFromEitherNamingScheme(
      String id, String family, String generation) {
    assertEquals(Optional.of(new ModelKey(family, generation)), ModelIds.parse(id));
  }

  @Test
  void idsWithoutAClaudeShapeDoNotParse() {
    for (String id : new String[] {"gpt-4o", "<synthetic>", "", "opus", "claude", "claude-2"}) {
      assertFalse(ModelIds.parse(id).isPresent(), id);
    }
  }

  @Test
  void normaliseStripsProviderDressingButKeepsTheModel() {
    assertEquals(
        "claude-opus-4-5", ModelIds.normalise("us.anthropic.claude-opus-4-5-20251101-v1:0"));
    assertEquals("claude-opus-4-6", ModelIds.normalise("claude-opus-4-6[1m]"));
    assertEquals("gpt-4o", ModelIds.normalise("openai/GPT-4o"));
  }

  @Test
  void generationAcceptsDotsAndDropsAZeroMinor() {
    assertEquals("4-5", ModelIds.generation("4.5"));
    assertEquals("4", ModelIds.generation("4-0"));
    assertEquals("5", ModelIds.generation("5"));
  }
}
