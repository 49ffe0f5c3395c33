package app.skillpath.catalog;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and validates the catalog files (plain Java, no framework). Any file may declare any of the
 * top-level sections; keys must be unique across all files and every reference must resolve.
 * The first problem found fails the whole catalog with a message naming the file, role and field.
 */
public final class CatalogParser {

    public static final int MAX_WEIGHT = 5;
    public static final int MIN_REQUIRED_LEVEL = 1;
    public static final int MAX_HOURS_PER_LEVEL_STEP = 500;

    private static final Set<String> TOP_LEVEL = Set.of("article", "skill-areas", "skills", "tools", "fields-of-study", "role");
    private static final Set<String> ROLE_FIELDS = Set.of("key", "title", "position", "summary", "definition",
            "responsibilities", "required-skills", "education", "tools", "industries", "outlook", "getting-started",
            "renamed-from", "retired");

    private final Map<String, Definition<Article>> articles = new LinkedHashMap<>();
    private final Map<String, Definition<SkillArea>> areas = new LinkedHashMap<>();
    private final Map<String, Definition<Skill>> skills = new LinkedHashMap<>();
    private final Map<String, Definition<Tool>> tools = new LinkedHashMap<>();
    private final Map<String, Definition<FieldOfStudy>> fields = new LinkedHashMap<>();
    private final Map<String, Definition<PositionedRole>> roles = new LinkedHashMap<>();
    private final Map<String, Definition<Tip>> tips = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();

    /**
     * A declared entry. {@code retired} and {@code renamedFrom} are what the file says happened to an entry users'
     * data may point at (see {@link CatalogItem}); entries that users' data cannot point at have neither.
     */
    private record Definition<T>(T value, CatalogNode node, boolean retired, String renamedFrom) {
    }

    private record PositionedRole(Role role, int position) {
    }

    private enum Kind { SKILL_AREA, SKILL, TOOL, FIELD_OF_STUDY }

    /** A key named somewhere; {@code byRetiredRole} when a retired role names it (which may name retired entries). */
    private record Reference(CatalogNode node, Kind kind, String key, boolean byRetiredRole) {
    }

    /** Whether the role being read is retired, for the references its sections make. */
    private boolean readingRetiredRole;

    private CatalogParser() {
    }

    /** Parses and validates all sources as one catalog. */
    public static Catalog parse(List<CatalogSource> sources) {
        return new CatalogParser().read(sources);
    }

    private Catalog read(List<CatalogSource> sources) {
        if (sources.isEmpty()) {
            throw new CatalogException("No catalog files found");
        }
        for (CatalogSource source : sources) {
            readFile(source);
        }
        for (Reference reference : references) {
            boolean known = switch (reference.kind()) {
                case SKILL_AREA -> areas.containsKey(reference.key());
                case SKILL -> skills.containsKey(reference.key());
                case TOOL -> tools.containsKey(reference.key());
                case FIELD_OF_STUDY -> fields.containsKey(reference.key());
            };
            String kindName = reference.kind().name().toLowerCase().replace('_', ' ');
            if (!known) {
                throw reference.node().error("unknown " + kindName + " '" + reference.key() + "'");
            }
            Definition<?> named = switch (reference.kind()) {
                case SKILL_AREA -> areas.get(reference.key());
                case SKILL -> skills.get(reference.key());
                case TOOL -> tools.get(reference.key());
                case FIELD_OF_STUDY -> fields.get(reference.key());
            };
            // a retired entry is offered for no new rating, score or plan, so no active role may ask for it
            if (named.retired() && !reference.byRetiredRole()) {
                throw reference.node().error(kindName + " '" + reference.key() + "' is retired (in '" + named.node().file()
                        + "'); remove it here, or retire this role too");
            }
        }
        checkRenames(skills, "skill");
        checkRenames(tools, "tool");
        checkRenames(fields, "field of study");
        checkRenames(roles, "role");
        checkAliases(skills, "skill", Skill::name, Skill::aliases);
        checkAliases(tools, "tool", Tool::name, Tool::aliases);
        checkAliases(fields, "field of study", FieldOfStudy::name, FieldOfStudy::aliases);
        if (articles.isEmpty()) {
            throw new CatalogException("Invalid catalog: no file declares the source 'article'");
        }
        if (articles.size() > 1) {
            Definition<Article> second = articles.values().stream().skip(1).findFirst().orElseThrow();
            throw second.node().error("only one source article may be declared");
        }
        Map<CatalogItem, String> files = new HashMap<>();
        Map<CatalogItem, String> renamedFrom = new HashMap<>();
        record(skills, CatalogItem.Kind.SKILL, files, renamedFrom);
        record(tools, CatalogItem.Kind.TOOL, files, renamedFrom);
        record(fields, CatalogItem.Kind.FIELD_OF_STUDY, files, renamedFrom);
        record(roles, CatalogItem.Kind.ROLE, files, renamedFrom);
        Retired retired = new Retired(values(skills, true), values(tools, true), values(fields, true), sortedRoles(true));
        return new Catalog(articles.values().iterator().next().value(), values(areas), values(skills, false),
                values(tools, false), values(fields, false), sortedRoles(false), retired, files, renamedFrom);
    }

    private List<Role> sortedRoles(boolean retired) {
        return roles.values().stream()
                .filter(definition -> definition.retired() == retired)
                .map(Definition::value)
                .sorted(Comparator.comparingInt(PositionedRole::position).thenComparing(p -> p.role().title()))
                .map(PositionedRole::role)
                .toList();
    }

    private static <T> List<T> values(Map<String, Definition<T>> definitions) {
        return definitions.values().stream().map(Definition::value).toList();
    }

    private static <T> List<T> values(Map<String, Definition<T>> definitions, boolean retired) {
        return definitions.values().stream().filter(definition -> definition.retired() == retired).map(Definition::value).toList();
    }

    private static <T> void record(Map<String, Definition<T>> definitions, CatalogItem.Kind kind,
                                   Map<CatalogItem, String> files, Map<CatalogItem, String> renamedFrom) {
        definitions.forEach((key, definition) -> {
            files.put(new CatalogItem(kind, key), definition.node().file());
            if (definition.renamedFrom() != null) {
                renamedFrom.put(new CatalogItem(kind, key), definition.renamedFrom());
            }
        });
    }

    /**
     * A rename moves users' data from the old key to the new one, so the old key must be gone from the files
     * (otherwise there would be two entries to keep the data under) and only one entry may claim it.
     */
    private static <T> void checkRenames(Map<String, Definition<T>> definitions, String what) {
        Map<String, Definition<T>> claimed = new HashMap<>();
        for (Definition<T> definition : definitions.values()) {
            String oldKey = definition.renamedFrom();
            if (oldKey == null) {
                continue;
            }
            CatalogNode field = definition.node().field("renamed-from");
            Definition<T> stillThere = definitions.get(oldKey);
            if (stillThere != null) {
                throw field.error(what + " '" + oldKey + "' is still declared in '" + stillThere.node().file()
                        + "'; a renamed " + what + " must not keep its old key");
            }
            Definition<T> earlier = claimed.putIfAbsent(oldKey, definition);
            if (earlier != null) {
                throw field.error(what + " '" + oldKey + "' is already renamed to '" + earlier.node().text("key")
                        + "' in '" + earlier.node().file() + "'");
            }
        }
    }

    /** The optional {@code aliases} list of a skill, tool or field of study: each a non-empty text. */
    private static List<String> aliases(CatalogNode node) {
        return node.optionalList("aliases").stream().map(CatalogNode::text).toList();
    }

    /**
     * An alias names one thing only: within one kind (skills, tools or fields of study, active and retired alike) no
     * alias may equal another entry's name or alias, nor repeat its own entry's name or another of its aliases. Texts
     * are compared as a posting's words would be: case, punctuation and spacing aside ("Scikit-learn" is
     * "scikit learn"), but keeping '+' and '#' ("C++" is not "C").
     */
    private static <T> void checkAliases(Map<String, Definition<T>> definitions, String what,
                                         Function<T, String> name, Function<T, List<String>> aliases) {
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, Definition<T>> entry : definitions.entrySet()) {
            names.putIfAbsent(comparable(name.apply(entry.getValue().value())), entry.getKey());
        }
        Map<String, String> aliasOwners = new HashMap<>();
        for (Map.Entry<String, Definition<T>> entry : definitions.entrySet()) {
            String key = entry.getKey();
            Definition<T> definition = entry.getValue();
            CatalogNode field = definition.node().field("aliases");
            for (String alias : aliases.apply(definition.value())) {
                String comparable = comparable(alias);
                String named = names.get(comparable);
                if (key.equals(named)) {
                    throw field.error("alias '" + alias + "' of " + what + " '" + key + "' repeats its own name");
                }
                if (named != null) {
                    throw field.error("alias '" + alias + "' of " + what + " '" + key + "' is the name of " + what + " '"
                            + named + "' (in '" + definitions.get(named).node().file() + "'); an alias names one thing only");
                }
                String owner = aliasOwners.putIfAbsent(comparable, key);
                if (key.equals(owner)) {
                    throw field.error("alias '" + alias + "' of " + what + " '" + key + "' is listed twice");
                }
                if (owner != null) {
                    throw field.error("alias '" + alias + "' of " + what + " '" + key + "' is already an alias of " + what
                            + " '" + owner + "' (in '" + definitions.get(owner).node().file()
                            + "'); an alias names one thing only");
                }
            }
        }
    }

    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#]+", " ").strip();
    }

    private void readFile(CatalogSource source) {
        Object document;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new SafeConstructor(options)).load(source.content());
        } catch (YAMLException e) {
            throw new CatalogException("Invalid catalog file '" + source.name() + "': not valid YAML: " + e.getMessage(), e);
        }
        CatalogNode root = CatalogNode.root(source.name(), document);
        if (document == null) {
            throw root.error("the file is empty");
        }
        root.allowOnly(TOP_LEVEL);
        CatalogNode article = root.field("article");
        if (article.isPresent()) {
            readArticle(article);
        }
        for (CatalogNode node : root.optionalList("skill-areas")) {
            node.allowOnly(Set.of("key", "name"));
            define(areas, node, "skill area", new SkillArea(node.key("key"), node.text("name")));
        }
        for (CatalogNode node : root.optionalList("skills")) {
            node.allowOnly(Set.of("key", "name", "area", "description", "aliases", "renamed-from", "retired"));
            Skill skill = new Skill(node.key("key"), node.text("name"), node.text("area"), node.text("description"),
                    aliases(node));
            references.add(new Reference(node.field("area"), Kind.SKILL_AREA, skill.areaKey(), false));
            defineChangeable(skills, node, "skill", skill);
        }
        for (CatalogNode node : root.optionalList("tools")) {
            node.allowOnly(Set.of("key", "name", "aliases", "renamed-from", "retired"));
            defineChangeable(tools, node, "tool", new Tool(node.key("key"), node.text("name"), aliases(node)));
        }
        for (CatalogNode node : root.optionalList("fields-of-study")) {
            node.allowOnly(Set.of("key", "name", "aliases", "renamed-from", "retired"));
            defineChangeable(fields, node, "field of study", new FieldOfStudy(node.key("key"), node.text("name"),
                    aliases(node)));
        }
        CatalogNode role = root.field("role");
        if (role.isPresent()) {
            readRole(role);
        }
    }

    private void readArticle(CatalogNode node) {
        node.allowOnly(Set.of("key", "title", "published", "read-time", "introduction", "conclusion"));
        Article article = new Article(node.key("key"), node.text("title"), node.date("published"),
                node.text("read-time"), node.text("introduction"), node.text("conclusion"));
        define(articles, node, "article", article);
    }

    private void readRole(CatalogNode untagged) {
        String key = untagged.key("key");
        CatalogNode node = untagged.inRole(key).allowOnly(ROLE_FIELDS);
        if (roles.containsKey(key)) {
            throw node.field("key").error("duplicate role key '" + key + "', already declared in '"
                    + roles.get(key).node().file() + "'");
        }
        readingRetiredRole = retired(node);
        Role role = new Role(
                key,
                node.text("title"),
                node.text("summary"),
                node.text("definition"),
                readListSection(node.field("responsibilities")),
                readSkillsIntro(node.field("required-skills")),
                readRequiredSkills(node.field("required-skills")),
                readEducation(node.field("education")),
                readTools(node.field("tools")),
                readListSection(node.field("industries")),
                readOutlook(node.field("outlook")),
                node.field("getting-started").allowOnly(Set.of("intro", "tips")).text("intro"),
                readTips(node.field("getting-started")));
        int position = node.optionalInteger("position", 0, 10_000).orElse(10_000);
        roles.put(key, new Definition<>(new PositionedRole(role, position), node, readingRetiredRole, renamedFrom(node)));
        readingRetiredRole = false;
    }

    private ListSection readListSection(CatalogNode node) {
        node.allowOnly(Set.of("intro", "items"));
        List<String> items = node.nonEmptyList("items").stream().map(CatalogNode::text).toList();
        return new ListSection(node.text("intro"), items);
    }

    private String readSkillsIntro(CatalogNode node) {
        return node.allowOnly(Set.of("intro", "items")).text("intro");
    }

    private List<RequiredSkill> readRequiredSkills(CatalogNode section) {
        List<RequiredSkill> required = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CatalogNode node : section.nonEmptyList("items")) {
            node.allowOnly(Set.of("skill", "article-text", "level", "weight", "rationale"));
            String skillKey = node.key("skill");
            if (!seen.add(skillKey)) {
                throw node.field("skill").error("duplicate skill '" + skillKey + "' in this role");
            }
            references.add(new Reference(node.field("skill"), Kind.SKILL, skillKey, readingRetiredRole));
            required.add(new RequiredSkill(skillKey, node.text("article-text"),
                    node.integer("level", MIN_REQUIRED_LEVEL, ProficiencyLevel.MAX),
                    node.integer("weight", 1, MAX_WEIGHT),
                    node.text("rationale")));
        }
        return required;
    }

    private Education readEducation(CatalogNode node) {
        node.allowOnly(Set.of("article-text", "minimum", "preferred", "fields", "related-fields-accepted", "weight", "rationale"));
        EducationLevel minimum = educationLevel(node, "minimum");
        EducationLevel preferred = educationLevel(node, "preferred");
        if (minimum.compareTo(preferred) > 0) {
            throw node.field("preferred").error("'" + preferred.key() + "' is below the minimum '" + minimum.key() + "'");
        }
        List<String> fieldKeys = keyReferences(node.nonEmptyList("fields"), Kind.FIELD_OF_STUDY);
        return new Education(node.text("article-text"), minimum, preferred, fieldKeys,
                node.bool("related-fields-accepted"), node.integer("weight", 1, MAX_WEIGHT), node.text("rationale"));
    }

    private static EducationLevel educationLevel(CatalogNode node, String name) {
        String key = node.text(name);
        return EducationLevel.fromKey(key).orElseThrow(() -> node.field(name).error("unknown education level '" + key
                + "' (one of: none, high-school, associate, bachelor, master, doctorate)"));
    }

    private ToolsSection readTools(CatalogNode node) {
        node.allowOnly(Set.of("intro", "items", "note"));
        List<ToolUsage> usages = new ArrayList<>();
        for (CatalogNode usage : node.list("items")) {
            usage.allowOnly(Set.of("article-text", "tools"));
            usages.add(new ToolUsage(usage.text("article-text"), keyReferences(usage.nonEmptyList("tools"), Kind.TOOL)));
        }
        var note = node.optionalText("note");
        if (usages.isEmpty() && note.isEmpty()) {
            throw node.field("items").error("is empty; add a 'note' that says why (do not invent tools)");
        }
        return new ToolsSection(node.text("intro"), usages, note);
    }

    private Outlook readOutlook(CatalogNode node) {
        node.allowOnly(Set.of("text", "salary-usd", "salary-source"));
        return new Outlook(node.text("text"), node.integer("salary-usd", 1, 100_000_000), node.text("salary-source"));
    }

    private List<Tip> readTips(CatalogNode section) {
        List<Tip> roleTips = new ArrayList<>();
        for (CatalogNode node : section.nonEmptyList("tips")) {
            node.allowOnly(Set.of("key", "text", "kind", "builds", "tools", "hours-per-level-step"));
            String kindKey = node.text("kind");
            TipKind kind = TipKind.fromKey(kindKey).orElseThrow(() -> node.field("kind")
                    .error("unknown tip kind '" + kindKey + "' (one of: skill, evidence, ongoing)"));
            Tip tip = new Tip(node.key("key"), node.text("text"), kind,
                    keyReferences(node.nonEmptyList("builds"), Kind.SKILL),
                    keyReferences(node.optionalList("tools"), Kind.TOOL),
                    node.integer("hours-per-level-step", 1, MAX_HOURS_PER_LEVEL_STEP));
            define(tips, node, "tip", tip);
            roleTips.add(tip);
        }
        return roleTips;
    }

    private List<String> keyReferences(List<CatalogNode> nodes, Kind kind) {
        List<String> keys = new ArrayList<>();
        for (CatalogNode node : nodes) {
            String key = node.text();
            if (keys.contains(key)) {
                throw node.error("'" + key + "' is listed twice");
            }
            references.add(new Reference(node, kind, key, readingRetiredRole));
            keys.add(key);
        }
        return keys;
    }

    private static <T> void define(Map<String, Definition<T>> definitions, CatalogNode node, String what, T value) {
        String key = node.text("key");
        Definition<T> earlier = definitions.get(key);
        if (earlier != null) {
            throw node.field("key").error("duplicate " + what + " key '" + key + "', already declared in '"
                    + earlier.node().file() + "'");
        }
        definitions.put(key, new Definition<>(value, node, false, null));
    }

    /** Defines an entry users' data may point at, with what the file says happened to it. */
    private static <T> void defineChangeable(Map<String, Definition<T>> definitions, CatalogNode node, String what, T value) {
        define(definitions, node, what, value);
        String key = node.text("key");
        definitions.put(key, new Definition<>(value, node, retired(node), renamedFrom(node)));
    }

    private static boolean retired(CatalogNode node) {
        return node.field("retired").isPresent() && node.bool("retired");
    }

    private static String renamedFrom(CatalogNode node) {
        return node.field("renamed-from").isPresent() ? node.key("renamed-from") : null;
    }
}
