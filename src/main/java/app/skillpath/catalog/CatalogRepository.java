package app.skillpath.catalog;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
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
import static java.util.stream.Collectors.toList;

/**
 * Stores the role catalog and reads it back. Entities are upserted by their key so that their ids
 * stay stable across restarts (later features point at skills and tips by id); rows whose key left
 * the catalog files are deleted; a role's lists are rewritten as a whole.
 */
@Repository
public class CatalogRepository {

    private final DSLContext dsl;

    public CatalogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional
    public void replace(Catalog catalog) {
        Article article = catalog.article();
        upsert(ARTICLE, ARTICLE.KEY, ARTICLE.ID, article.key(), Map.of(
                ARTICLE.TITLE, article.title(),
                ARTICLE.PUBLISHED, article.published(),
                ARTICLE.READ_TIME, article.readTime(),
                ARTICLE.INTRODUCTION, article.introduction(),
                ARTICLE.CONCLUSION, article.conclusion()));

        Map<String, Long> areaIds = upsertAll(catalog.areas(), SkillArea::key, SKILL_AREA, SKILL_AREA.KEY, SKILL_AREA.ID,
                (area, position) -> Map.of(SKILL_AREA.NAME, area.name(), SKILL_AREA.POSITION, position));
        Map<String, Long> skillIds = upsertAll(catalog.skills(), Skill::key, SKILL, SKILL.KEY, SKILL.ID,
                (skill, position) -> Map.of(SKILL.NAME, skill.name(), SKILL.DESCRIPTION, skill.description(),
                        SKILL.AREA_ID, areaIds.get(skill.areaKey()), SKILL.POSITION, position));
        Map<String, Long> toolIds = upsertAll(catalog.tools(), Tool::key, TOOL, TOOL.KEY, TOOL.ID,
                (tool, position) -> Map.of(TOOL.NAME, tool.name(), TOOL.POSITION, position));
        Map<String, Long> fieldIds = upsertAll(catalog.fields(), FieldOfStudy::key, FIELD_OF_STUDY, FIELD_OF_STUDY.KEY,
                FIELD_OF_STUDY.ID, (field, position) -> Map.of(FIELD_OF_STUDY.NAME, field.name(), FIELD_OF_STUDY.POSITION, position));

        List<String> tipKeys = new ArrayList<>();
        for (int position = 0; position < catalog.roles().size(); position++) {
            Role role = catalog.roles().get(position);
            long roleId = upsertRole(role, position);
            replaceRoleLists(roleId, role, skillIds, toolIds, fieldIds);
            for (int tipPosition = 0; tipPosition < role.tips().size(); tipPosition++) {
                Tip tip = role.tips().get(tipPosition);
                upsertTip(roleId, tip, tipPosition, skillIds, toolIds);
                tipKeys.add(tip.key());
            }
        }

        // Remove what left the catalog, children before the rows they point at.
        dsl.deleteFrom(TIP).where(TIP.KEY.notIn(tipKeys)).execute();
        dsl.deleteFrom(ROLE).where(ROLE.KEY.notIn(catalog.roles().stream().map(Role::key).toList())).execute();
        dsl.deleteFrom(SKILL).where(SKILL.KEY.notIn(skillIds.keySet())).execute();
        dsl.deleteFrom(SKILL_AREA).where(SKILL_AREA.KEY.notIn(areaIds.keySet())).execute();
        dsl.deleteFrom(TOOL).where(TOOL.KEY.notIn(toolIds.keySet())).execute();
        dsl.deleteFrom(FIELD_OF_STUDY).where(FIELD_OF_STUDY.KEY.notIn(fieldIds.keySet())).execute();
        dsl.deleteFrom(ARTICLE).where(ARTICLE.KEY.ne(article.key())).execute();
    }

    private long upsertRole(Role role, int position) {
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
        return upsert(ROLE, ROLE.KEY, ROLE.ID, role.key(), values);
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
        List<Skill> skills = dsl.select(SKILL.KEY, SKILL.NAME, SKILL_AREA.KEY, SKILL.DESCRIPTION)
                .from(SKILL).join(SKILL_AREA).on(SKILL_AREA.ID.eq(SKILL.AREA_ID))
                .orderBy(SKILL.POSITION)
                .fetch(r -> new Skill(r.value1(), r.value2(), r.value3(), r.value4()));
        List<Tool> tools = dsl.selectFrom(TOOL).orderBy(TOOL.POSITION).fetch(r -> new Tool(r.getKey(), r.getName()));
        List<FieldOfStudy> fields = dsl.selectFrom(FIELD_OF_STUDY).orderBy(FIELD_OF_STUDY.POSITION)
                .fetch(r -> new FieldOfStudy(r.getKey(), r.getName()));

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

        List<Role> roles = dsl.selectFrom(ROLE).orderBy(ROLE.POSITION).fetch(r -> new Role(
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
                tips.getOrDefault(r.getId(), List.of())));
        return Optional.of(new Catalog(article.get(), areas, skills, tools, fields, roles));
    }
}
