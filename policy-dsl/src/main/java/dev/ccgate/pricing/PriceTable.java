package dev.ccgate.pricing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The prices a policy uses: resolves any id form to a row and prices usage at a point in time.
 * Immutable and safe to share between threads.
 *
 * <p>Resolution never fails (SPEC §5: an unknown model is never silently $0):
 *
 * <ul>
 *   <li>an id that normalises to a row's id, alias, or family and generation is {@code known};
 *   <li>an unknown id of a family the table has ({@code claude-opus-9-9}, or Claude Code's bare
 *       {@code opus}) is priced as that family's newest row, {@code known=false};
 *   <li>anything else ({@code gpt-4o}, {@code <synthetic>}, empty) is priced as the newest Opus
 *       row, the conservative choice, with family {@link #UNKNOWN_FAMILY} and generation {@code
 *       ""}, {@code known=false}. Claude Code's {@code <synthetic>} error placeholder always has
 *       zero usage, so its price does not matter; readers drop it (formats.md §7).
 * </ul>
 */
public final class PriceTable {
  /** The family of an id that names no family of the table. */
  public static final String UNKNOWN_FAMILY = "unknown";

  private static final String FALLBACK_FAMILY = "opus";
  // Enough for every id form a fleet sends; beyond it, unknown forms are re-derived each call
  // (cheap) so that a client sending random model names cannot grow the memo without bound.
  private static final int MEMO_LIMIT = 4096;
  private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+");

  private final String asOf;
  private final List<ModelPrice> rows;
  private final Map<String, ModelInfo> infos;
  private final Map<String, List<ModelPrice>> versions;
  private final Map<String, String> idsByName;
  private final Map<String, String> idsByKey;
  private final Map<String, ModelPrice> newestByFamily;
  private final ConcurrentHashMap<String, ResolvedModel> memo = new ConcurrentHashMap<>();

  /** A table of {@code rows} published on {@code asOf}. */
  public PriceTable(String asOf, List<ModelPrice> rows) {
    this(asOf, rows, List.of());
  }

  /** A table of {@code rows} published on {@code asOf}, with aliases and notes per model. */
  public PriceTable(String asOf, List<ModelPrice> rows, List<ModelInfo> infos) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.rows = List.copyOf(rows);
    if (this.rows.isEmpty()) {
      throw new IllegalArgumentException("a price table needs at least one model");
    }
    this.versions = groupVersions(this.rows);
    this.infos = indexInfos(infos, versions);
    Map<String, String> byName = new HashMap<>();
    Map<String, String> byKey = new HashMap<>();
    Map<String, ModelPrice> newest = new HashMap<>();
    for (List<ModelPrice> model : versions.values()) {
      ModelPrice row = model.get(0);
      if (!row.generation().isEmpty()) {
        putOnce(byKey, keyOf(row).toString(), row.id(), row.id());
      }
      register(byName, byKey, row, row.id());
      newest.merge(row.family(), row, (a, b) -> ModelOrder.NEWEST_FIRST.compare(a, b) <= 0 ? a : b);
    }
    for (ModelInfo info : this.infos.values()) {
      ModelPrice row = versions.get(info.id()).get(0);
      info.aliases().forEach(alias -> register(byName, byKey, row, alias));
    }
    this.idsByName = Map.copyOf(byName);
    this.idsByKey = Map.copyOf(byKey);
    this.newestByFamily = Map.copyOf(newest);
  }

  /** The date the table's prices were checked, e.g. {@code 2026-11-29}. */
  public String asOf() {
    return asOf;
  }

  /** Every row, in table order. */
  public List<ModelPrice> rows() {
    return rows;
  }

  /** Every row in display order: family, newest model first, price versions oldest first. */
  public List<ModelPrice> rowsInDisplayOrder() {
    return rows.stream().sorted(ModelOrder.DISPLAY).toList();
  }

  /** The families the table has, sorted. */
  public Set<String> families() {
    return new TreeSet<>(newestByFamily.keySet());
  }

  /** Aliases and notes of the model with canonical id {@code id} (empty ones if none given). */
  public ModelInfo info(String id) {
    return infos.getOrDefault(id, new ModelInfo(id, List.of(), ""));
  }

  /** Every price version of the model with canonical id {@code id}, oldest first; may be empty. */
  public List<ModelPrice> versions(String id) {
    return versions.getOrDefault(id, List.of());
  }

  /** Resolves any id form; an unknown id resolves to its family's newest row with known=false. */
  public ResolvedModel resolve(String modelId) {
    ResolvedModel cached = memo.get(Objects.requireNonNull(modelId, "modelId"));
    if (cached != null) {
      return cached;
    }
    ResolvedModel resolved = resolveUncached(modelId);
    if (memo.size() < MEMO_LIMIT) {
      memo.putIfAbsent(modelId, resolved);
    }
    return resolved;
  }

  /** The cost of {@code usage} on {@code model} at {@code at}, in micro-dollars. */
  public long costMicros(ResolvedModel model, Usage usage, Instant at) {
    return priceAt(model, at).costMicros(usage);
  }

  /** The canonical id of {@code family}'s model of {@code generation}, if the table has one. */
  public Optional<String> modelOf(String family, String generation) {
    String key =
        new ModelKey(family.toLowerCase(Locale.ROOT), ModelIds.generation(generation)).toString();
    return Optional.ofNullable(idsByKey.get(key));
  }

  /**
   * The canonical id of {@code family}'s newest model, if the table has any: the highest
   * generation, then the latest release (the release-date order for the built-in table).
   */
  public Optional<String> newestOf(String family) {
    return Optional.ofNullable(newestByFamily.get(family.toLowerCase(Locale.ROOT)))
        .map(ModelPrice::id);
  }

  /**
   * The row used for {@code model} at {@code at}: the version with the latest {@code validFrom} on
   * or before {@code at}'s UTC date (the oldest version for an earlier date).
   */
  public ModelPrice priceAt(ResolvedModel model, Instant at) {
    List<ModelPrice> candidates = versions.get(model.id());
    if (candidates == null) {
      // A model resolved by another table: resolve its id here.
      candidates = versions.get(resolve(model.id()).id());
    }
    if (candidates.size() == 1) {
      return candidates.get(0); // most models never changed price: skip the date arithmetic
    }
    return versionAt(candidates, LocalDate.ofInstant(at, ZoneOffset.UTC));
  }

  /** The version of {@code modelVersions} (oldest first) in force on {@code day}. */
  static ModelPrice versionAt(List<ModelPrice> modelVersions, LocalDate day) {
    ModelPrice chosen = modelVersions.get(0);
    for (ModelPrice version : modelVersions) {
      if (version.validFrom() == null || !version.validFrom().isAfter(day)) {
        chosen = version;
      }
    }
    return chosen;
  }

  private ResolvedModel resolveUncached(String requested) {
    String name = ModelIds.normalise(requested);
    Optional<ModelKey> key = ModelIds.parse(requested);
    String id = idsByName.get(name);
    if (id == null && key.isPresent()) {
      id = idsByKey.get(key.get().toString());
    }
    if (id != null) {
      ModelPrice row = versions.get(id).get(0);
      return new ResolvedModel(requested, id, row.family(), row.generation(), true);
    }
    String family = key.map(ModelKey::family).filter(newestByFamily::containsKey).orElse(null);
    if (family == null) {
      family = familyWordIn(name);
    }
    if (family != null) {
      ModelPrice row = newestByFamily.get(family);
      return new ResolvedModel(requested, row.id(), family, row.generation(), false);
    }
    ModelPrice fallback =
        newestByFamily.getOrDefault(
            FALLBACK_FAMILY, rows.stream().sorted(ModelOrder.DISPLAY).findFirst().orElseThrow());
    return new ResolvedModel(requested, fallback.id(), UNKNOWN_FAMILY, "", false);
  }

  /**
   * A family named as a word of {@code name}: {@code opus}, {@code sonnet[1m]}, {@code my-opus}.
   */
  private String familyWordIn(String name) {
    for (String word : WORD_BREAK.split(name, -1)) {
      if (newestByFamily.containsKey(word)) {
        return word;
      }
    }
    return null;
  }

  /** Indexes {@code alias} (the row's own id or one of its aliases) as a name of {@code row}. */
  private static void register(
      Map<String, String> byName, Map<String, String> byKey, ModelPrice row, String alias) {
    putOnce(byName, ModelIds.normalise(alias), row.id(), alias);
    Optional<ModelKey> key = ModelIds.parse(alias);
    if (key.isPresent() && !row.generation().isEmpty() && !key.get().equals(keyOf(row))) {
      throw new IllegalArgumentException(
          "model id "
              + alias
              + " names "
              + key.get()
              + " but its row "
              + row.id()
              + " is "
              + keyOf(row));
    }
    key.ifPresent(k -> putOnce(byKey, k.toString(), row.id(), alias));
  }

  private static ModelKey keyOf(ModelPrice row) {
    return new ModelKey(row.family(), ModelIds.generation(row.generation()));
  }

  private static void putOnce(Map<String, String> index, String key, String id, String alias) {
    String previous = index.putIfAbsent(key, id);
    if (previous != null && !previous.equals(id)) {
      throw new IllegalArgumentException(
          "model id " + alias + " of " + id + " already names " + previous);
    }
  }

  private static Map<String, List<ModelPrice>> groupVersions(List<ModelPrice> rows) {
    Map<String, List<ModelPrice>> byId = new LinkedHashMap<>();
    for (ModelPrice row : rows) {
      byId.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(row);
    }
    Map<String, List<ModelPrice>> sorted = new LinkedHashMap<>();
    byId.forEach(
        (id, list) -> {
          list.sort(
              Comparator.comparing(
                  ModelPrice::validFrom, Comparator.nullsFirst(LocalDate::compareTo)));
          checkVersions(id, list);
          sorted.put(id, List.copyOf(list));
        });
    return Map.copyOf(sorted);
  }

  private static void checkVersions(String id, List<ModelPrice> list) {
    ModelPrice first = list.get(0);
    for (int i = 1; i < list.size(); i++) {
      ModelPrice row = list.get(i);
      if (!row.family().equals(first.family()) || !row.generation().equals(first.generation())) {
        throw new IllegalArgumentException(id + ": price versions disagree on family/generation");
      }
      if (Objects.equals(row.validFrom(), list.get(i - 1).validFrom())) {
        throw new IllegalArgumentException(
            id
                + ": two price versions valid from "
                + (row.validFrom() == null ? "the start" : row.validFrom()));
      }
    }
  }

  private static Map<String, ModelInfo> indexInfos(
      List<ModelInfo> infos, Map<String, List<ModelPrice>> versions) {
    Map<String, ModelInfo> byId = new HashMap<>();
    for (ModelInfo info : infos) {
      if (!versions.containsKey(info.id())) {
        throw new IllegalArgumentException("notes for " + info.id() + ", which has no prices");
      }
      byId.put(info.id(), info);
    }
    return Map.copyOf(byId);
  }
}
