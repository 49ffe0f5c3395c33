package app.skillpath.catalog;

import app.skillpath.base.db.StartupLocks;
import app.skillpath.db.generated.tables.records.ArticleRecord;
import app.skillpath.db.generated.tables.records.FieldOfStudyRecord;
import app.skillpath.db.generated.tables.records.RoleRecord;
import app.skillpath.db.generated.tables.records.SkillAreaRecord;
import app.skillpath.db.generated.tables.records.SkillRecord;
import app.skillpath.db.generated.tables.records.TipRecord;
import app.skillpath.db.generated.tables.records.ToolRecord;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.springframework.stereotype.Repository;

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
import static app.skillpath.db.generated.Tables.REVIEW_SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static app.skillpath.db.generated.Tables.SKILL_RATING_HISTORY;
import static app.skillpath.db.generated.Tables.TOOL_EXPERIENCE;
import static app.skillpath.db.generated.Tables.TARGET_SKILL;
import static app.skillpath.db.generated.Tables.TEAM_COMPOSITION;
import static app.skillpath.db.generated.Tables.TEAM_SUGGESTION;
import static app.skillpath.db.generated.Tables.TARGET_TOOL;
import static app.skillpath.db.generated.Tables.TARGET_EDUCATION_FIELD;
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
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * Stores the role catalog and reads it back. Entities are upserted by their key so that their ids
 * stay stable across restarts (users' data points at skills, tools, fields and roles by id); renamed
 * entries keep their row; rows whose key left the catalog files are deleted unless users' data uses
 * them, which refuses the load; a role's lists are rewritten as a whole. The whole catalog is read back in one
 * statement, its lists as nested {@code multiset}s mapped straight into the records.
 */
@Repository
public class CatalogRepository {

    /** The text keys the education level columns hold (their CHECK constraints list the same), as the enum. */
    public static final Converter<String, EducationLevel> EDUCATION_LEVEL =
            new EnumConverter<>(String.class, EducationLevel.class, EducationLevel::key);
    static final Converter<String, TipKind> TIP_KIND = new EnumConverter<>(String.class, TipKind.class, TipKind::key);

    private final DSLContext dsl;

    public CatalogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One kind of catalog entry that users' data points at, and the columns that keep it from being lost. */
    private record ItemTable<R extends Record>(CatalogItem.Kind kind, Table<R> table, TableField<R, Long> id,
                                               TableField<R, String> key, TableField<R, Boolean> retired,
                                               TableField<R, String> sourceFile, TableField<R, String> renamedFrom) {
    }

    private static final ItemTable<RoleRecord> ROLES = new ItemTable<>(CatalogItem.Kind.ROLE, ROLE, ROLE.ID, ROLE.KEY,
            ROLE.RETIRED, ROLE.SOURCE_FILE, ROLE.RENAMED_FROM);
    private static final ItemTable<SkillRecord> SKILLS = new ItemTable<>(CatalogItem.Kind.SKILL, SKILL, SKILL.ID, SKILL.KEY,
            SKILL.RETIRED, SKILL.SOURCE_FILE, SKILL.RENAMED_FROM);
    private static final ItemTable<ToolRecord> TOOLS = new ItemTable<>(CatalogItem.Kind.TOOL, TOOL, TOOL.ID, TOOL.KEY,
            TOOL.RETIRED, TOOL.SOURCE_FILE, TOOL.RENAMED_FROM);
    private static final ItemTable<FieldOfStudyRecord> FIELDS = new ItemTable<>(CatalogItem.Kind.FIELD_OF_STUDY,
            FIELD_OF_STUDY, FIELD_OF_STUDY.ID, FIELD_OF_STUDY.KEY, FIELD_OF_STUDY.RETIRED, FIELD_OF_STUDY.SOURCE_FILE,
            FIELD_OF_STUDY.RENAMED_FROM);
    private static final List<ItemTable<?>> ITEM_TABLES = List.of(ROLES, SKILLS, TOOLS, FIELDS);

    /**
     * Stores the catalog, in the caller's transaction ({@link CatalogService#install}): renames first (the row keeps its
     * id, so users' rows stay with it), then a check that no entry users' data uses has simply disappeared (which
     * refuses the whole load, and the transaction undoes the renames), then the upserts, then the removal of what left
     * the files and nobody uses.
     * <p>
     * First a transaction-level advisory lock ({@link StartupLocks#CATALOG}): two nodes starting together on one
     * database would otherwise run two installs at once. Today's upserts happen to make the second wait on the first
     * row both write, but the renames, the check of users' data and the deletions before and after them would each
     * rely on the order of statements not to deadlock or to check a state the other is changing. With the lock the
     * second install simply waits until the first has committed, then finds the catalog in place.
     */
    public void replace(Catalog catalog) {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(StartupLocks.CATALOG))).fetch();
        ITEM_TABLES.forEach(items -> applyRenames(items, catalog));
        refuseLosingUsersData(catalog);

        Article article = catalog.article();
        ArticleRecord articleRow = dsl.newRecord(ARTICLE);
        articleRow.setKey(article.key());
        articleRow.setTitle(article.title());
        articleRow.setPublished(article.published());
        articleRow.setReadTime(article.readTime());
        articleRow.setIntroduction(article.introduction());
        articleRow.setConclusion(article.conclusion());
        upsert(articleRow, ARTICLE.KEY, ARTICLE.ID);

        Retired retired = catalog.retired();
        Map<String, Long> areaIds = upsertAll(catalog.areas(), SkillArea::key, SKILL_AREA.KEY, SKILL_AREA.ID, (area, position) -> {
            SkillAreaRecord row = dsl.newRecord(SKILL_AREA);
            row.setKey(area.key());
            row.setName(area.name());
            row.setPosition(position);
            return row;
        });
        Map<String, Long> skillIds = upsertAll(concat(catalog.skills(), retired.skills()), Skill::key, SKILL.KEY, SKILL.ID,
                (skill, position) -> {
                    SkillRecord row = entryRow(SKILLS, skill.key(), catalog);
                    row.setName(skill.name());
                    row.setDescription(skill.description());
                    row.setAliases(skill.aliases().toArray(String[]::new));
                    row.setAreaId(areaIds.get(skill.areaKey()));
                    row.setPosition(position);
                    return row;
                });
        Map<String, Long> toolIds = upsertAll(concat(catalog.tools(), retired.tools()), Tool::key, TOOL.KEY, TOOL.ID,
                (tool, position) -> {
                    ToolRecord row = entryRow(TOOLS, tool.key(), catalog);
                    row.setName(tool.name());
                    row.setAliases(tool.aliases().toArray(String[]::new));
                    row.setPosition(position);
                    return row;
                });
        Map<String, Long> fieldIds = upsertAll(concat(catalog.fields(), retired.fields()), FieldOfStudy::key,
                FIELD_OF_STUDY.KEY, FIELD_OF_STUDY.ID, (field, position) -> {
                    FieldOfStudyRecord row = entryRow(FIELDS, field.key(), catalog);
                    row.setName(field.name());
                    row.setAliases(field.aliases().toArray(String[]::new));
                    row.setPosition(position);
                    return row;
                });

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

    /**
     * A new row for an entry that users' data points at, with its key and lifecycle columns (retired, declaring file,
     * old key) set; the caller sets the rest.
     */
    private <R extends Record> R entryRow(ItemTable<R> items, String key, Catalog catalog) {
        CatalogItem item = new CatalogItem(items.kind(), key);
        R row = dsl.newRecord(items.table());
        row.set(items.key(), key);
        row.set(items.retired(), catalog.isRetired(item));
        row.set(items.sourceFile(), catalog.files().get(item));
        row.set(items.renamedFrom(), catalog.renamedFrom().get(item));
        return row;
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
            case SKILL -> "ratings, history entries, plan steps, targets, reviews or team suggestions";
            case TOOL -> "answers about tools used or targets";
            case FIELD_OF_STUDY -> "education answers or targets";
            case ROLE -> "plans, plan steps or team compositions";
        };
    }

    /** The owner of every user's row that points at the entry (one row each, so they count rows and users). */
    private Select<Record1<Long>> dependentOwners(CatalogItem.Kind kind, long id, String key) {
        return switch (kind) {
            case SKILL -> DSL.select(SKILL_RATING.OWNER_ID).from(SKILL_RATING).where(SKILL_RATING.SKILL_ID.eq(id))
                    .unionAll(DSL.select(SKILL_RATING_HISTORY.OWNER_ID).from(SKILL_RATING_HISTORY)
                            .where(SKILL_RATING_HISTORY.SKILL_ID.eq(id)))
                    .unionAll(DSL.select(PLAN_STEP.OWNER_ID).from(PLAN_STEP).where(PLAN_STEP.SKILL_KEY.eq(key)))
                    .unionAll(DSL.select(TARGET_SKILL.OWNER_ID).from(TARGET_SKILL).where(TARGET_SKILL.SKILL_ID.eq(id)))
                    .unionAll(DSL.select(REVIEW_SKILL.OWNER_ID).from(REVIEW_SKILL).where(REVIEW_SKILL.SKILL_ID.eq(id)))
                    .unionAll(DSL.select(TEAM_SUGGESTION.MEMBER_ID).from(TEAM_SUGGESTION).where(TEAM_SUGGESTION.SKILL_ID.eq(id)));
            case TOOL -> DSL.select(TOOL_EXPERIENCE.OWNER_ID).from(TOOL_EXPERIENCE).where(TOOL_EXPERIENCE.TOOL_ID.eq(id))
                    .unionAll(DSL.select(TARGET_TOOL.OWNER_ID).from(TARGET_TOOL).where(TARGET_TOOL.TOOL_ID.eq(id)));
            case FIELD_OF_STUDY -> DSL.select(EDUCATION_ANSWER.OWNER_ID).from(EDUCATION_ANSWER)
                    .where(EDUCATION_ANSWER.FIELD_OF_STUDY_ID.eq(id))
                    .unionAll(DSL.select(TARGET_EDUCATION_FIELD.OWNER_ID).from(TARGET_EDUCATION_FIELD)
                            .where(TARGET_EDUCATION_FIELD.FIELD_OF_STUDY_ID.eq(id)));
            case ROLE -> DSL.select(PLAN.OWNER_ID).from(PLAN).where(PLAN.ROLE_ID.eq(id))
                    .unionAll(DSL.select(PLAN_STEP.OWNER_ID).from(PLAN_STEP).join(PLAN).on(PLAN.ID.eq(PLAN_STEP.PLAN_ID))
                            .where(PLAN.ROLE_ID.eq(id)))
                    .unionAll(DSL.select(TEAM_COMPOSITION.OWNER_ID).from(TEAM_COMPOSITION).where(TEAM_COMPOSITION.ROLE_ID.eq(id)));
        };
    }

    private long upsertRole(Role role, int position, Catalog catalog) {
        Education education = role.education();
        RoleRecord row = entryRow(ROLES, role.key(), catalog);
        row.setTitle(role.title());
        row.setSummary(role.summary());
        row.setDefinition(role.definition());
        row.setResponsibilitiesIntro(role.responsibilities().intro());
        row.setSkillsIntro(role.skillsIntro());
        row.setEducationText(education.articleText());
        row.set(ROLE.EDUCATION_MINIMUM, education.minimum(), EDUCATION_LEVEL);
        row.set(ROLE.EDUCATION_PREFERRED, education.preferred(), EDUCATION_LEVEL);
        row.setEducationRelatedFieldsAccepted(education.relatedFieldsAccepted());
        row.setEducationWeight(education.weight());
        row.setEducationRationale(education.rationale());
        row.setToolsIntro(role.tools().intro());
        row.setToolsNote(role.tools().note().orElse(null));
        row.setIndustriesIntro(role.industries().intro());
        row.setOutlookText(role.outlook().text());
        row.setSalaryUsd(role.outlook().salaryUsd());
        row.setSalarySource(role.outlook().salarySource());
        row.setTipsIntro(role.tipsIntro());
        row.setPosition(position);
        return upsert(row, ROLE.KEY, ROLE.ID);
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
        TipRecord row = dsl.newRecord(TIP);
        row.setKey(tip.key());
        row.setRoleId(roleId);
        row.setPosition(position);
        row.setText(tip.text());
        row.set(TIP.KIND, tip.kind(), TIP_KIND);
        row.setHoursPerLevelStep(tip.hoursPerLevelStep());
        long tipId = upsert(row, TIP.KEY, TIP.ID);
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

    /** The row of an entry at its position in the files. */
    private interface Row<T, R extends TableRecord<R>> {
        R of(T entry, int position);
    }

    private <T, R extends TableRecord<R>> Map<String, Long> upsertAll(List<T> entries, Function<T, String> key,
                                                                      TableField<R, String> keyField,
                                                                      TableField<R, Long> idField, Row<T, R> row) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            ids.put(key.apply(entry), upsert(row.of(entry, i), keyField, idField));
        }
        return ids;
    }

    /** Inserts the row, or updates the one with its key to the values set on it; either way returns the row's id. */
    private <R extends TableRecord<R>> long upsert(R row, TableField<R, String> keyField, TableField<R, Long> idField) {
        return dsl.insertInto(row.getTable())
                .set(row)
                .onConflict(keyField)
                .doUpdate()
                .set(row)
                .returningResult(idField)
                .fetchSingle()
                .value1();
    }

    /**
     * A catalog entry as stored: the entry, whether it is retired, the file that declared it and the key it was renamed
     * from (the last two only for messages and for the next load's renames).
     */
    private record Stored<T>(T entry, boolean retired, String sourceFile, String renamedFrom) {
    }

    /** The stored catalog, or empty when none has been loaded yet: one statement, the lists as nested multisets. */
    public Optional<Catalog> load() {
        var areas = multiset(select(SKILL_AREA.KEY, SKILL_AREA.NAME).from(SKILL_AREA).orderBy(SKILL_AREA.POSITION))
                .convertFrom(r -> r.map(mapping(SkillArea::new)));
        var skills = multiset(select(
                row(SKILL.KEY, SKILL.NAME, SKILL_AREA.KEY, SKILL.DESCRIPTION, aliases(SKILL.ALIASES)).mapping(Skill::new),
                SKILL.RETIRED, SKILL.SOURCE_FILE, SKILL.RENAMED_FROM)
                .from(SKILL).join(SKILL_AREA).on(SKILL_AREA.ID.eq(SKILL.AREA_ID))
                .orderBy(SKILL.POSITION))
                .convertFrom(r -> r.map(mapping(Stored<Skill>::new)));
        var tools = multiset(select(row(TOOL.KEY, TOOL.NAME, aliases(TOOL.ALIASES)).mapping(Tool::new),
                TOOL.RETIRED, TOOL.SOURCE_FILE, TOOL.RENAMED_FROM)
                .from(TOOL).orderBy(TOOL.POSITION))
                .convertFrom(r -> r.map(mapping(Stored<Tool>::new)));
        var fields = multiset(select(row(FIELD_OF_STUDY.KEY, FIELD_OF_STUDY.NAME, aliases(FIELD_OF_STUDY.ALIASES)).mapping(FieldOfStudy::new),
                FIELD_OF_STUDY.RETIRED, FIELD_OF_STUDY.SOURCE_FILE, FIELD_OF_STUDY.RENAMED_FROM)
                .from(FIELD_OF_STUDY).orderBy(FIELD_OF_STUDY.POSITION))
                .convertFrom(r -> r.map(mapping(Stored<FieldOfStudy>::new)));
        var roles = multiset(select(ROLE_ENTRY, ROLE.RETIRED, ROLE.SOURCE_FILE, ROLE.RENAMED_FROM)
                .from(ROLE).orderBy(ROLE.POSITION))
                .convertFrom(r -> r.map(mapping(Stored<Role>::new)));
        return dsl.select(
                        row(ARTICLE.KEY, ARTICLE.TITLE, ARTICLE.PUBLISHED, ARTICLE.READ_TIME, ARTICLE.INTRODUCTION,
                                ARTICLE.CONCLUSION).mapping(Article::new),
                        areas, skills, tools, fields, roles)
                .from(ARTICLE)
                .fetchOptional(mapping(CatalogRepository::catalog));
    }

    /** One role row with everything of its article (a correlated row of nested multisets, read inside {@link #load}). */
    private static final SelectField<Role> ROLE_ENTRY = row(
            ROLE.KEY,
            ROLE.TITLE,
            ROLE.SUMMARY,
            ROLE.DEFINITION,
            row(ROLE.RESPONSIBILITIES_INTRO, texts(select(ROLE_RESPONSIBILITY.TEXT).from(ROLE_RESPONSIBILITY)
                    .where(ROLE_RESPONSIBILITY.ROLE_ID.eq(ROLE.ID)).orderBy(ROLE_RESPONSIBILITY.POSITION)))
                    .mapping(ListSection::new),
            ROLE.SKILLS_INTRO,
            multiset(select(SKILL.KEY, ROLE_SKILL.ARTICLE_TEXT, ROLE_SKILL.REQUIRED_LEVEL, ROLE_SKILL.WEIGHT, ROLE_SKILL.RATIONALE)
                    .from(ROLE_SKILL).join(SKILL).on(SKILL.ID.eq(ROLE_SKILL.SKILL_ID))
                    .where(ROLE_SKILL.ROLE_ID.eq(ROLE.ID)).orderBy(ROLE_SKILL.POSITION))
                    .convertFrom(r -> r.map(mapping(RequiredSkill::new))),
            row(ROLE.EDUCATION_TEXT, ROLE.EDUCATION_MINIMUM.convert(EDUCATION_LEVEL),
                    ROLE.EDUCATION_PREFERRED.convert(EDUCATION_LEVEL),
                    texts(select(FIELD_OF_STUDY.KEY).from(ROLE_EDUCATION_FIELD)
                            .join(FIELD_OF_STUDY).on(FIELD_OF_STUDY.ID.eq(ROLE_EDUCATION_FIELD.FIELD_ID))
                            .where(ROLE_EDUCATION_FIELD.ROLE_ID.eq(ROLE.ID)).orderBy(ROLE_EDUCATION_FIELD.POSITION)),
                    ROLE.EDUCATION_RELATED_FIELDS_ACCEPTED, ROLE.EDUCATION_WEIGHT, ROLE.EDUCATION_RATIONALE)
                    .mapping(Education::new),
            row(ROLE.TOOLS_INTRO,
                    multiset(select(ROLE_TOOL_USAGE.ARTICLE_TEXT, texts(select(TOOL.KEY).from(ROLE_TOOL)
                            .join(TOOL).on(TOOL.ID.eq(ROLE_TOOL.TOOL_ID))
                            .where(ROLE_TOOL.ROLE_ID.eq(ROLE_TOOL_USAGE.ROLE_ID))
                            .and(ROLE_TOOL.USAGE_POSITION.eq(ROLE_TOOL_USAGE.POSITION))
                            .orderBy(ROLE_TOOL.POSITION)))
                            .from(ROLE_TOOL_USAGE).where(ROLE_TOOL_USAGE.ROLE_ID.eq(ROLE.ID)).orderBy(ROLE_TOOL_USAGE.POSITION))
                            .convertFrom(r -> r.map(mapping(ToolUsage::new))),
                    ROLE.TOOLS_NOTE.convertFrom(Optional::ofNullable))
                    .mapping(ToolsSection::new),
            row(ROLE.INDUSTRIES_INTRO, texts(select(ROLE_INDUSTRY.NAME).from(ROLE_INDUSTRY)
                    .where(ROLE_INDUSTRY.ROLE_ID.eq(ROLE.ID)).orderBy(ROLE_INDUSTRY.POSITION)))
                    .mapping(ListSection::new),
            row(ROLE.OUTLOOK_TEXT, ROLE.SALARY_USD, ROLE.SALARY_SOURCE).mapping(Outlook::new),
            ROLE.TIPS_INTRO,
            multiset(select(TIP.KEY, TIP.TEXT, TIP.KIND.convert(TIP_KIND),
                    texts(select(SKILL.KEY).from(TIP_SKILL).join(SKILL).on(SKILL.ID.eq(TIP_SKILL.SKILL_ID))
                            .where(TIP_SKILL.TIP_ID.eq(TIP.ID)).orderBy(TIP_SKILL.POSITION)),
                    texts(select(TOOL.KEY).from(TIP_TOOL).join(TOOL).on(TOOL.ID.eq(TIP_TOOL.TOOL_ID))
                            .where(TIP_TOOL.TIP_ID.eq(TIP.ID)).orderBy(TIP_TOOL.POSITION)),
                    TIP.HOURS_PER_LEVEL_STEP)
                    .from(TIP).where(TIP.ROLE_ID.eq(ROLE.ID)).orderBy(TIP.POSITION))
                    .convertFrom(r -> r.map(mapping(Tip::new))))
            .mapping(Role::new);

    /** An entry's aliases column (a text array) as the record's list. */
    private static Field<List<String>> aliases(Field<String[]> column) {
        return column.convertFrom(values -> values == null ? List.of() : List.of(values));
    }

    /** A one-column list of text, as a nested multiset. */
    private static Field<List<String>> texts(Select<Record1<String>> select) {
        return multiset(select).convertFrom(r -> r.map(Record1::value1));
    }

    /** Splits each kind of entry into active and retired, and collects the files and renames for messages. */
    private static Catalog catalog(Article article, List<SkillArea> areas, List<Stored<Skill>> skills,
                                   List<Stored<Tool>> tools, List<Stored<FieldOfStudy>> fields, List<Stored<Role>> roles) {
        Map<CatalogItem, String> files = new HashMap<>();
        Map<CatalogItem, String> renamedFrom = new HashMap<>();
        origins(skills, skill -> CatalogItem.skill(skill.key()), files, renamedFrom);
        origins(tools, tool -> CatalogItem.tool(tool.key()), files, renamedFrom);
        origins(fields, field -> CatalogItem.field(field.key()), files, renamedFrom);
        origins(roles, role -> CatalogItem.role(role.key()), files, renamedFrom);
        return new Catalog(article, areas, entries(skills, false), entries(tools, false), entries(fields, false),
                entries(roles, false),
                new Retired(entries(skills, true), entries(tools, true), entries(fields, true), entries(roles, true)),
                files, renamedFrom);
    }

    private static <T> List<T> entries(List<Stored<T>> stored, boolean retired) {
        return stored.stream().filter(entry -> entry.retired() == retired).map(Stored::entry).toList();
    }

    private static <T> void origins(List<Stored<T>> stored, Function<T, CatalogItem> item, Map<CatalogItem, String> files,
                                    Map<CatalogItem, String> renamedFrom) {
        for (Stored<T> entry : stored) {
            if (entry.sourceFile() != null) {
                files.put(item.apply(entry.entry()), entry.sourceFile());
            }
            if (entry.renamedFrom() != null) {
                renamedFrom.put(item.apply(entry.entry()), entry.renamedFrom());
            }
        }
    }
}
