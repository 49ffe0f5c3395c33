package app.skillpath.catalog;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static app.skillpath.db.generated.Tables.ARTICLE;
import static app.skillpath.db.generated.Tables.EDUCATION_ANSWER;
import static app.skillpath.db.generated.Tables.PLAN;
import static app.skillpath.db.generated.Tables.PLAN_STEP;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static app.skillpath.db.generated.Tables.SKILL_RATING_HISTORY;
import static app.skillpath.db.generated.Tables.TOOL_EXPERIENCE;
import static app.skillpath.db.generated.Tables.FIELD_OF_STUDY;
import static app.skillpath.db.generated.Tables.ROLE;
import static app.skillpath.db.generated.Tables.ROLE_EDUCATION_FIELD;
import static app.skillpath.db.generated.Tables.ROLE_INDUSTRY;
import static app.skillpath.db.generated.Tables.ROLE_RESPONSIBILITY;
import static app.skillpath.db.generated.Tables.ROLE_SKILL;
import static app.skillpath.db.generated.Tables.ROLE_TOOL;
import static app.skillpath.db.generated.Tables.ROLE_TOOL_USAGE;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.SKILL_AREA;
import static app.skillpath.db.generated.Tables.TIP;
import static app.skillpath.db.generated.Tables.TIP_SKILL;
import static app.skillpath.db.generated.Tables.TIP_TOOL;
import static app.skillpath.db.generated.Tables.TOOL;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.partitioningBy;
import static java.util.stream.Collectors.toList;

/**
 * Stores the role catalog and reads it back. Entities are upserted by their key so that their ids
 * stay stable across restarts (users' data points at skills, tools, fields and roles by id); renamed
 * entries keep their row; rows whose key left the catalog files are deleted unless users' data uses
 * them, which refuses the load; a role's lists are rewritten as a whole.
 */
@Repository
public class CatalogRepository {

    private final DSLContext dsl;

    public CatalogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One kind of catalog entry that users' data points at, and the columns that keep it from being lost. */
    private record ItemTable<R extends Record>(CatalogItem.Kind kind, Table<R> table, TableField<R, Long> id,
                                               TableField<R, String> key, TableField<R, Boolean> retired,
                                               TableField<R, String> sourceFile, TableField<R, String> renamedFrom) {
    }

    private static final List<ItemTable<?>> ITEM_TABLES = List.of(
            new ItemTable<>(CatalogItem.Kind.ROLE, ROLE, ROLE.ID, ROLE.KEY, ROLE.RETIRED, ROLE.SOURCE_FILE, ROLE.RENAMED_FROM),
            new ItemTable<>(CatalogItem.Kind.SKILL, SKILL, SKILL.ID, SKILL.KEY, SKILL.RETIRED, SKILL.SOURCE_FILE, SKILL.RENAMED_FROM),
            new ItemTable<>(CatalogItem.Kind.TOOL, TOOL, TOOL.ID, TOOL.KEY, TOOL.RETIRED, TOOL.SOURCE_FILE, TOOL.RENAMED_FROM),
            new ItemTable<>(CatalogItem.Kind.FIELD_OF_STUDY, FIELD_OF_STUDY, FIELD_OF_STUDY.ID, FIELD_OF_STUDY.KEY,
                    FIELD_OF_STUDY.RETIRED, FIELD_OF_STUDY.SOURCE_FILE, FIELD_OF_STUDY.RENAMED_FROM));

    /**
     * Stores the catalog in one transaction: renames first (the row keeps its id, so users' rows stay with it), then a
     * check that no entry users' data uses has simply disappeared (which refuses the whole load and changes nothing),
     * then the upserts, then the removal of what left the files and nobody uses.
     */
    @Transactional
    public void replace(Catalog catalog) {
        ITEM_TABLES.forEach(items -> applyRenames(items, catalog));
        refuseLosingUsersData(catalog);

        Article article = catalog.article();
        upsert(ARTICLE, ARTICLE.KEY, ARTICLE.ID, article.key(), Map.of(
                ARTICLE.TITLE, article.title(),
                ARTICLE.PUBLISHED, article.published(),
                ARTICLE.READ_TIME, article.readTime(),
                ARTICLE.INTRODUCTION, article.introduction(),
                ARTICLE.CONCLUSION, article.conclusion()));

        Retired retired = catalog.retired();
        Map<String, Long> areaIds = upsertAll(catalog.areas(), SkillArea::key, SKILL_AREA, SKILL_AREA.KEY, SKILL_AREA.ID,
                (area, position) -> Map.of(SKILL_AREA.NAME, area.name(), SKILL_AREA.POSITION, position));
        Map<String, Long> skillIds = upsertAll(concat(catalog.skills(), retired.skills()), Skill::key, SKILL, SKILL.KEY, SKILL.ID,
                (skill, position) -> lifecycle(catalog, CatalogItem.skill(skill.key()), SKILL.RETIRED, SKILL.SOURCE_FILE,
                        SKILL.RENAMED_FROM, Map.of(SKILL.NAME, skill.name(), SKILL.DESCRIPTION, skill.description(),
                                SKILL.AREA_ID, areaIds.get(skill.areaKey()), SKILL.POSITION, position)));
        Map<String, Long> toolIds = upsertAll(concat(catalog.tools(), retired.tools()), Tool::key, TOOL, TOOL.KEY, TOOL.ID,
                (tool, position) -> lifecycle(catalog, CatalogItem.tool(tool.key()), TOOL.RETIRED, TOOL.SOURCE_FILE,
                        TOOL.RENAMED_FROM, Map.of(TOOL.NAME, tool.name(), TOOL.POSITION, position)));
        Map<String, Long> fieldIds = upsertAll(concat(catalog.fields(), retired.fields()), FieldOfStudy::key, FIELD_OF_STUDY,
                FIELD_OF_STUDY.KEY, FIELD_OF_STUDY.ID,
                (field, position) -> lifecycle(catalog, CatalogItem.field(field.key()), FIELD_OF_STUDY.RETIRED,
                        FIELD_OF_STUDY.SOURCE_FILE, FIELD_OF_STUDY.RENAMED_FROM,
                        Map.of(FIELD_OF_STUDY.NAME, field.name(), FIELD_OF_STUDY.POSITION, position)));

        List<String> tipKeys = new ArrayList<>();
        List<Role> roles = concat(catalog.roles(), retired.roles());
        for (int position = 0; position < roles.size(); position++) {
            Role role = roles.get(position);
            long roleId = upsertRole(role, position, catalog);
            replaceRoleLists(roleId, role, skillIds, toolIds, fieldIds);
            for (int tipPosition = 0; tipPosition < role.tips().size(); tipPosition++) {
                Tip tip = role.tips().get(tipPosition);
                upsertTip(roleId, tip, tipPosition, skillIds, toolIds);
                tipKeys.add(tip.key());
            }
        }

        // Remove what left the catalog, children before the rows they point at. Nothing users' data uses is among
        // them (checked above, and the database's foreign keys restrict it too).
        dsl.deleteFrom(TIP).where(TIP.KEY.notIn(tipKeys)).execute();
        dsl.deleteFrom(ROLE).where(ROLE.KEY.notIn(roles.stream().map(Role::key).toList())).execute();
        dsl.deleteFrom(SKILL).where(SKILL.KEY.notIn(skillIds.keySet())).execute();
        dsl.deleteFrom(SKILL_AREA).where(SKILL_AREA.KEY.notIn(areaIds.keySet())).execute();
        dsl.deleteFrom(TOOL).where(TOOL.KEY.notIn(toolIds.keySet())).execute();
        dsl.deleteFrom(FIELD_OF_STUDY).where(FIELD_OF_STUDY.KEY.notIn(fieldIds.keySet())).execute();
        dsl.deleteFrom(ARTICLE).where(ARTICLE.KEY.ne(article.key())).execute();
    }

    private static <T> List<T> concat(List<T> active, List<T> retired) {
        List<T> all = new ArrayList<>(active);
        all.addAll(retired);
        return all;
    }

    private static <R extends Record> Map<Field<?>, Object> lifecycle(Catalog catalog, CatalogItem item,
                                                                      TableField<R, Boolean> retired,
                                                                      TableField<R, String> sourceFile,
                                                                      TableField<R, String> renamedFrom,
                                                                      Map<? extends Field<?>, ?> values) {
        Map<Field<?>, Object> all = new HashMap<>(values);
        all.put(retired, catalog.isRetired(item));
        all.put(sourceFile, catalog.files().get(item));
        all.put(renamedFrom, catalog.renamedFrom().get(item));
        return all;
    }

    /**
     * Gives the stored row of each renamed entry its new key, so its id, and every user's rows that point at that
     * id, stay. Plan steps name their skill by key, so they follow a renamed skill here too. A rename whose old key
     * is not stored (already applied, or never loaded) changes nothing.
     */
    private <R extends Record> void applyRenames(ItemTable<R> items, Catalog catalog) {
        catalog.renamedFrom().forEach((item, oldKey) -> {
            if (item.kind() != items.kind() || dsl.fetchExists(items.table(), items.key().eq(item.key()))) {
                return;
            }
            int renamed = dsl.update(items.table()).set(items.key(), item.key()).where(items.key().eq(oldKey)).execute();
            if (renamed > 0 && item.kind() == CatalogItem.Kind.SKILL) {
                // only the generated key of the skill's own step follows: any other step key (an imported
                // plan's) stays as it is, so the rename cannot collide with it
                dsl.update(PLAN_STEP)
                        .set(PLAN_STEP.STEP_KEY, "skill:" + item.key())
                        .where(PLAN_STEP.SKILL_KEY.eq(oldKey).and(PLAN_STEP.STEP_KEY.eq("skill:" + oldKey)))
                        .execute();
                dsl.update(PLAN_STEP)
                        .set(PLAN_STEP.SKILL_KEY, item.key())
                        .where(PLAN_STEP.SKILL_KEY.eq(oldKey))
                        .execute();
            }
        });
    }

    /** Refuses the load, naming each entry that left the files although users' rows still use it. */
    private void refuseLosingUsersData(Catalog catalog) {
        List<String> problems = new ArrayList<>();
        for (ItemTable<?> items : ITEM_TABLES) {
            problems.addAll(losses(items, catalog));
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(String.join("\n", problems));
        }
    }

    private <R extends Record> List<String> losses(ItemTable<R> items, Catalog catalog) {
        List<String> problems = new ArrayList<>();
        var gone = dsl.select(items.id(), items.key(), items.sourceFile()).from(items.table())
                .where(items.key().notIn(catalog.files().keySet().stream()
                        .filter(item -> item.kind() == items.kind()).map(CatalogItem::key).toList()))
                .orderBy(items.key())
                .fetch();
        for (var row : gone) {
            var owners = dependentOwners(items.kind(), row.value1(), row.value2()).asTable("dependent");
            Field<Long> owner = owners.field(0, Long.class);
            var counts = dsl.select(DSL.countDistinct(owner), DSL.count()).from(owners).fetchOne();
            int users = Objects.requireNonNull(counts).value1();
            int rows = counts.value2();
            if (rows > 0) {
                String file = row.value3() != null ? row.value3() : "the catalog files (db/catalog)";
                String uses = (users == 1 ? "1 user's " : users + " users' ") + usesOf(items.kind())
                        + " (" + rows + (rows == 1 ? " row" : " rows") + ") use it";
                Optional<String> renamedTo = catalog.renamedFrom().entrySet().stream()
                        .filter(rename -> rename.getKey().kind() == items.kind() && rename.getValue().equals(row.value2()))
                        .map(rename -> rename.getKey().key()).findFirst();
                // the rename could not be applied because the new key is stored already: two entries' data is never merged
                problems.add(renamedTo.map(newKey -> file + ": " + items.kind().label() + " \"" + row.value2()
                                + "\" is renamed to \"" + newKey + "\", but \"" + newKey + "\" is already stored as an entry of its own, "
                                + "and " + uses + "; keep \"" + row.value2() + "\" with \"retired: true\" instead")
                        .orElse(file + ": " + items.kind().label() + " \"" + row.value2() + "\" was removed, but " + uses
                                + "; mark it \"retired: true\" or name its new key with \"renamed-from: " + row.value2() + "\""));
            }
        }
        return problems;
    }

    private static String usesOf(CatalogItem.Kind kind) {
        return switch (kind) {
            case SKILL -> "ratings, history entries or plan steps";
            case TOOL -> "answers about tools used";
            case FIELD_OF_STUDY -> "education answers";
            case ROLE -> "plans or plan steps";
        };
    }

    /** The owner of every user's row that points at the entry (one row each, so they count rows and users). */
    private Select<Record1<Long>> dependentOwners(CatalogItem.Kind kind, long id, String key) {
        return switch (kind) {
            case SKILL -> DSL.select(SKILL_RATING.OWNER_ID).from(SKILL_RATING).where(SKILL_RATING.SKILL_ID.eq(id))
                    .unionAll(DSL.select(SKILL_RATING_HISTORY.OWNER_ID).from(SKILL_RATING_HISTORY)
                            .where(SKILL_RATING_HISTORY.SKILL_ID.eq(id)))
                    .unionAll(DSL.select(PLAN_STEP.OWNER_ID).from(PLAN_STEP).where(PLAN_STEP.SKILL_KEY.eq(key)));
            case TOOL -> DSL.select(TOOL_EXPERIENCE.OWNER_ID).from(TOOL_EXPERIENCE).where(TOOL_EXPERIENCE.TOOL_ID.eq(id));
            case FIELD_OF_STUDY -> DSL.select(EDUCATION_ANSWER.OWNER_ID).from(EDUCATION_ANSWER)
                    .where(EDUCATION_ANSWER.FIELD_OF_STUDY_ID.eq(id));
            case ROLE -> DSL.select(PLAN.OWNER_ID).from(PLAN).where(PLAN.ROLE_ID.eq(id))
                    .unionAll(DSL.select(PLAN_STEP.OWNER_ID).from(PLAN_STEP).join(PLAN).on(PLAN.ID.eq(PLAN_STEP.PLAN_ID))
                            .where(PLAN.ROLE_ID.eq(id)));
        };
    }

    private long upsertRole(Role role, int position, Catalog catalog) {
        Education education = role.education();
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(ROLE.TITLE, role.title());
        values.put(ROLE.SUMMARY, role.summary());
        values.put(ROLE.DEFINITION, role.definition());
        values.put(ROLE.RESPONSIBILITIES_INTRO, role.responsibilities().intro());
        values.put(ROLE.SKILLS_INTRO, role.skillsIntro());
        values.put(ROLE.EDUCATION_TEXT, education.articleText());
        values.put(ROLE.EDUCATION_MINIMUM, education.minimum().key());
        values.put(ROLE.EDUCATION_PREFERRED, education.preferred().key());
        values.put(ROLE.EDUCATION_RELATED_FIELDS_ACCEPTED, education.relatedFieldsAccepted());
        values.put(ROLE.EDUCATION_WEIGHT, education.weight());
        values.put(ROLE.EDUCATION_RATIONALE, education.rationale());
        values.put(ROLE.TOOLS_INTRO, role.tools().intro());
        values.put(ROLE.TOOLS_NOTE, role.tools().note().orElse(null));
        values.put(ROLE.INDUSTRIES_INTRO, role.industries().intro());
        values.put(ROLE.OUTLOOK_TEXT, role.outlook().text());
        values.put(ROLE.SALARY_USD, role.outlook().salaryUsd());
        values.put(ROLE.SALARY_SOURCE, role.outlook().salarySource());
        values.put(ROLE.TIPS_INTRO, role.tipsIntro());
        values.put(ROLE.POSITION, position);
        return upsert(ROLE, ROLE.KEY, ROLE.ID, role.key(), lifecycle(catalog, CatalogItem.role(role.key()),
                ROLE.RETIRED, ROLE.SOURCE_FILE, ROLE.RENAMED_FROM, values));
    }

    private void replaceRoleLists(long roleId, Role role, Map<String, Long> skillIds, Map<String, Long> toolIds,
                                  Map<String, Long> fieldIds) {
        dsl.deleteFrom(ROLE_RESPONSIBILITY).where(ROLE_RESPONSIBILITY.ROLE_ID.eq(roleId)).execute();
        dsl.deleteFrom(ROLE_SKILL).where(ROLE_SKILL.ROLE_ID.eq(roleId)).execute();
        dsl.deleteFrom(ROLE_EDUCATION_FIELD).where(ROLE_EDUCATION_FIELD.ROLE_ID.eq(roleId)).execute();
        dsl.deleteFrom(ROLE_TOOL).where(ROLE_TOOL.ROLE_ID.eq(roleId)).execute();
        dsl.deleteFrom(ROLE_TOOL_USAGE).where(ROLE_TOOL_USAGE.ROLE_ID.eq(roleId)).execute();
        dsl.deleteFrom(ROLE_INDUSTRY).where(ROLE_INDUSTRY.ROLE_ID.eq(roleId)).execute();

        List<String> responsibilities = role.responsibilities().items();
        for (int i = 0; i < responsibilities.size(); i++) {
            dsl.insertInto(ROLE_RESPONSIBILITY, ROLE_RESPONSIBILITY.ROLE_ID, ROLE_RESPONSIBILITY.POSITION, ROLE_RESPONSIBILITY.TEXT)
                    .values(roleId, i, responsibilities.get(i)).execute();
        }
        for (int i = 0; i < role.requiredSkills().size(); i++) {
            RequiredSkill required = role.requiredSkills().get(i);
            dsl.insertInto(ROLE_SKILL)
                    .set(ROLE_SKILL.ROLE_ID, roleId)
                    .set(ROLE_SKILL.SKILL_ID, skillIds.get(required.skillKey()))
                    .set(ROLE_SKILL.POSITION, i)
                    .set(ROLE_SKILL.ARTICLE_TEXT, required.articleText())
                    .set(ROLE_SKILL.REQUIRED_LEVEL, required.requiredLevel())
                    .set(ROLE_SKILL.WEIGHT, required.weight())
                    .set(ROLE_SKILL.RATIONALE, required.rationale())
                    .execute();
        }
        List<String> fieldKeys = role.education().fieldKeys();
        for (int i = 0; i < fieldKeys.size(); i++) {
            dsl.insertInto(ROLE_EDUCATION_FIELD, ROLE_EDUCATION_FIELD.ROLE_ID, ROLE_EDUCATION_FIELD.FIELD_ID, ROLE_EDUCATION_FIELD.POSITION)
                    .values(roleId, fieldIds.get(fieldKeys.get(i)), i).execute();
        }
        List<ToolUsage> usages = role.tools().usages();
        int toolPosition = 0;
        for (int i = 0; i < usages.size(); i++) {
            dsl.insertInto(ROLE_TOOL_USAGE, ROLE_TOOL_USAGE.ROLE_ID, ROLE_TOOL_USAGE.POSITION, ROLE_TOOL_USAGE.ARTICLE_TEXT)
                    .values(roleId, i, usages.get(i).articleText()).execute();
            for (String toolKey : usages.get(i).toolKeys()) {
                dsl.insertInto(ROLE_TOOL, ROLE_TOOL.ROLE_ID, ROLE_TOOL.TOOL_ID, ROLE_TOOL.USAGE_POSITION, ROLE_TOOL.POSITION)
                        .values(roleId, toolIds.get(toolKey), i, toolPosition++)
                        .onConflictDoNothing()
                        .execute();
            }
        }
        List<String> industries = role.industries().items();
        for (int i = 0; i < industries.size(); i++) {
            dsl.insertInto(ROLE_INDUSTRY, ROLE_INDUSTRY.ROLE_ID, ROLE_INDUSTRY.POSITION, ROLE_INDUSTRY.NAME)
                    .values(roleId, i, industries.get(i)).execute();
        }
    }

    private void upsertTip(long roleId, Tip tip, int position, Map<String, Long> skillIds, Map<String, Long> toolIds) {
        long tipId = upsert(TIP, TIP.KEY, TIP.ID, tip.key(), Map.of(
                TIP.ROLE_ID, roleId,
                TIP.POSITION, position,
                TIP.TEXT, tip.text(),
                TIP.KIND, tip.kind().key(),
                TIP.HOURS_PER_LEVEL_STEP, tip.hoursPerLevelStep()));
        dsl.deleteFrom(TIP_SKILL).where(TIP_SKILL.TIP_ID.eq(tipId)).execute();
        dsl.deleteFrom(TIP_TOOL).where(TIP_TOOL.TIP_ID.eq(tipId)).execute();
        for (int i = 0; i < tip.skillKeys().size(); i++) {
            dsl.insertInto(TIP_SKILL, TIP_SKILL.TIP_ID, TIP_SKILL.SKILL_ID, TIP_SKILL.POSITION)
                    .values(tipId, skillIds.get(tip.skillKeys().get(i)), i).execute();
        }
        for (int i = 0; i < tip.toolKeys().size(); i++) {
            dsl.insertInto(TIP_TOOL, TIP_TOOL.TIP_ID, TIP_TOOL.TOOL_ID, TIP_TOOL.POSITION)
                    .values(tipId, toolIds.get(tip.toolKeys().get(i)), i).execute();
        }
    }

    private interface Columns<T> {
        Map<? extends Field<?>, ?> of(T item, int position);
    }

    private <T, R extends Record> Map<String, Long> upsertAll(List<T> items, Function<T, String> key, Table<R> table,
                                                              TableField<R, String> keyField, TableField<R, Long> idField,
                                                              Columns<T> columns) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            ids.put(key.apply(item), upsert(table, keyField, idField, key.apply(item), columns.of(item, i)));
        }
        return ids;
    }

    private <R extends Record> long upsert(Table<R> table, TableField<R, String> keyField, TableField<R, Long> idField,
                                           String key, Map<? extends Field<?>, ?> values) {
        Map<Field<?>, Object> insert = new HashMap<>(values);
        insert.put(keyField, key);
        Record inserted = dsl.insertInto(table)
                .set(insert)
                .onConflict(keyField)
                .doUpdate()
                .set(values)
                .returningResult(idField)
                .fetchOne();
        return Objects.requireNonNull(inserted).get(idField);
    }

    /** The stored catalog, or empty when none has been loaded yet. */
    @Transactional(readOnly = true)
    public Optional<Catalog> load() {
        Optional<Article> article = dsl.selectFrom(ARTICLE).fetchOptional(r -> new Article(r.getKey(), r.getTitle(),
                r.getPublished(), r.getReadTime(), r.getIntroduction(), r.getConclusion()));
        if (article.isEmpty()) {
            return Optional.empty();
        }
        List<SkillArea> areas = dsl.selectFrom(SKILL_AREA).orderBy(SKILL_AREA.POSITION)
                .fetch(r -> new SkillArea(r.getKey(), r.getName()));
        Map<CatalogItem, String> files = new HashMap<>();
        Map<CatalogItem, String> renamedFrom = new HashMap<>();
        Map<Boolean, List<Skill>> skills = dsl.select(SKILL.KEY, SKILL.NAME, SKILL_AREA.KEY, SKILL.DESCRIPTION, SKILL.RETIRED)
                .from(SKILL).join(SKILL_AREA).on(SKILL_AREA.ID.eq(SKILL.AREA_ID))
                .orderBy(SKILL.POSITION)
                .fetch().stream().collect(partitioningBy(r -> r.value5(),
                        mapping(r -> new Skill(r.value1(), r.value2(), r.value3(), r.value4()), toList())));
        Map<Boolean, List<Tool>> tools = dsl.selectFrom(TOOL).orderBy(TOOL.POSITION)
                .fetch().stream().collect(partitioningBy(r -> r.getRetired(), mapping(r -> new Tool(r.getKey(), r.getName()), toList())));
        Map<Boolean, List<FieldOfStudy>> fields = dsl.selectFrom(FIELD_OF_STUDY).orderBy(FIELD_OF_STUDY.POSITION)
                .fetch().stream().collect(partitioningBy(r -> r.getRetired(),
                        mapping(r -> new FieldOfStudy(r.getKey(), r.getName()), toList())));
        for (ItemTable<?> items : ITEM_TABLES) {
            readOrigins(items, files, renamedFrom);
        }

        Map<Long, List<String>> responsibilities = dsl.select(ROLE_RESPONSIBILITY.ROLE_ID, ROLE_RESPONSIBILITY.TEXT)
                .from(ROLE_RESPONSIBILITY).orderBy(ROLE_RESPONSIBILITY.POSITION)
                .fetch().stream().collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
        Map<Long, List<RequiredSkill>> requiredSkills = dsl
                .select(ROLE_SKILL.ROLE_ID, SKILL.KEY, ROLE_SKILL.ARTICLE_TEXT, ROLE_SKILL.REQUIRED_LEVEL, ROLE_SKILL.WEIGHT, ROLE_SKILL.RATIONALE)
                .from(ROLE_SKILL).join(SKILL).on(SKILL.ID.eq(ROLE_SKILL.SKILL_ID))
                .orderBy(ROLE_SKILL.POSITION)
                .fetch().stream().collect(groupingBy(r -> r.value1(),
                        mapping(r -> new RequiredSkill(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()), toList())));
        Map<Long, List<String>> educationFields = dsl.select(ROLE_EDUCATION_FIELD.ROLE_ID, FIELD_OF_STUDY.KEY)
                .from(ROLE_EDUCATION_FIELD).join(FIELD_OF_STUDY).on(FIELD_OF_STUDY.ID.eq(ROLE_EDUCATION_FIELD.FIELD_ID))
                .orderBy(ROLE_EDUCATION_FIELD.POSITION)
                .fetch().stream().collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
        Map<String, List<String>> toolsByUsage = dsl.select(ROLE_TOOL.ROLE_ID, ROLE_TOOL.USAGE_POSITION, TOOL.KEY)
                .from(ROLE_TOOL).join(TOOL).on(TOOL.ID.eq(ROLE_TOOL.TOOL_ID))
                .orderBy(ROLE_TOOL.POSITION)
                .fetch().stream().collect(groupingBy(r -> r.value1() + "/" + r.value2(), mapping(r -> r.value3(), toList())));
        Map<Long, List<ToolUsage>> toolUsages = dsl.select(ROLE_TOOL_USAGE.ROLE_ID, ROLE_TOOL_USAGE.POSITION, ROLE_TOOL_USAGE.ARTICLE_TEXT)
                .from(ROLE_TOOL_USAGE).orderBy(ROLE_TOOL_USAGE.POSITION)
                .fetch().stream().collect(groupingBy(r -> r.value1(), mapping(r -> new ToolUsage(r.value3(),
                        toolsByUsage.getOrDefault(r.value1() + "/" + r.value2(), List.of())), toList())));
        Map<Long, List<String>> industries = dsl.select(ROLE_INDUSTRY.ROLE_ID, ROLE_INDUSTRY.NAME)
                .from(ROLE_INDUSTRY).orderBy(ROLE_INDUSTRY.POSITION)
                .fetch().stream().collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
        Map<Long, List<String>> tipSkills = dsl.select(TIP_SKILL.TIP_ID, SKILL.KEY)
                .from(TIP_SKILL).join(SKILL).on(SKILL.ID.eq(TIP_SKILL.SKILL_ID)).orderBy(TIP_SKILL.POSITION)
                .fetch().stream().collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
        Map<Long, List<String>> tipTools = dsl.select(TIP_TOOL.TIP_ID, TOOL.KEY)
                .from(TIP_TOOL).join(TOOL).on(TOOL.ID.eq(TIP_TOOL.TOOL_ID)).orderBy(TIP_TOOL.POSITION)
                .fetch().stream().collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
        Map<Long, List<Tip>> tips = dsl.selectFrom(TIP).orderBy(TIP.POSITION)
                .fetch().stream().collect(groupingBy(r -> r.getRoleId(), mapping(r -> new Tip(r.getKey(), r.getText(),
                        TipKind.fromKey(r.getKind()).orElseThrow(),
                        tipSkills.getOrDefault(r.getId(), List.of()), tipTools.getOrDefault(r.getId(), List.of()),
                        r.getHoursPerLevelStep()), toList())));

        Map<Boolean, List<Role>> roles = dsl.selectFrom(ROLE).orderBy(ROLE.POSITION).fetch().stream().collect(partitioningBy(
                r -> r.getRetired(), mapping(r -> new Role(
                r.getKey(),
                r.getTitle(),
                r.getSummary(),
                r.getDefinition(),
                new ListSection(r.getResponsibilitiesIntro(), responsibilities.getOrDefault(r.getId(), List.of())),
                r.getSkillsIntro(),
                requiredSkills.getOrDefault(r.getId(), List.of()),
                new Education(r.getEducationText(),
                        EducationLevel.fromKey(r.getEducationMinimum()).orElseThrow(),
                        EducationLevel.fromKey(r.getEducationPreferred()).orElseThrow(),
                        educationFields.getOrDefault(r.getId(), List.of()),
                        r.getEducationRelatedFieldsAccepted(),
                        r.getEducationWeight(),
                        r.getEducationRationale()),
                new ToolsSection(r.getToolsIntro(), toolUsages.getOrDefault(r.getId(), List.of()), Optional.ofNullable(r.getToolsNote())),
                new ListSection(r.getIndustriesIntro(), industries.getOrDefault(r.getId(), List.of())),
                new Outlook(r.getOutlookText(), r.getSalaryUsd(), r.getSalarySource()),
                r.getTipsIntro(),
                tips.getOrDefault(r.getId(), List.of())), toList())));
        Retired retired = new Retired(skills.get(true), tools.get(true), fields.get(true), roles.get(true));
        return Optional.of(new Catalog(article.get(), areas, skills.get(false), tools.get(false), fields.get(false),
                roles.get(false), retired, files, renamedFrom));
    }

    private <R extends Record> void readOrigins(ItemTable<R> items, Map<CatalogItem, String> files,
                                                Map<CatalogItem, String> renamedFrom) {
        dsl.select(items.key(), items.sourceFile(), items.renamedFrom()).from(items.table()).forEach(r -> {
            CatalogItem item = new CatalogItem(items.kind(), r.value1());
            if (r.value2() != null) {
                files.put(item, r.value2());
            }
            if (r.value3() != null) {
                renamedFrom.put(item, r.value3());
            }
        });
    }
}
