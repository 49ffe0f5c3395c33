package app.skillpath.team.ui;

import app.skillpath.account.CurrentUser;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.team.GroupFigures;
import app.skillpath.team.SkillCoverage;
import app.skillpath.team.SkillGap;
import app.skillpath.team.TeamAnalysis;
import app.skillpath.team.TeamException;
import app.skillpath.team.TeamMatrix;
import app.skillpath.team.TeamMatrix.MatrixSkill;
import app.skillpath.team.TeamMatrix.Member;
import app.skillpath.team.TeamMatrix.Need;
import app.skillpath.team.TeamMatrix.Profile;
import app.skillpath.team.TeamService;
import app.skillpath.team.TrainingOption;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A team's matrix (/teams/7), for its members only: members x skills as a heatmap against a chosen role or shared
 * target, coverage with its no-one and single-point-of-knowledge flags, group figures from three members on, and the
 * hiring and training gap against the team's target composition, with the brief and the matrix as downloads.
 *
 * <p>A team can have 200 members, so everything that is only read is markup (one {@link HtmlBlock} per section), and
 * the matrix is read once, on entering the page (two SQL statements): changing the profile, filter or order redraws
 * the markup from the matrix the page holds. Anyone who is not a member, and any address that names no team, gets the
 * service's one plain refusal, so the page tells nothing about whether a team exists.
 */
@Route(value = TeamMatrixView.ROUTE, layout = MainLayout.class)
@PageTitle("Team" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class TeamMatrixView extends Main implements BeforeEnterObserver {

    static final String TEAM_ID = "teamId";
    static final String ROUTE = "teams/:" + TEAM_ID;
    /** The list of the user's teams and a team's settings belong to other pages of the feature: named by path. */
    static final String TEAMS_PATH = "teams";

    private final TeamService teamService;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final Select<Profile> profile = new Select<>();
    private final Checkbox filter = new Checkbox("Filter by role", true);
    private final Select<SkillOrder> skillOrder = new Select<>();
    private final Select<MemberOrder> memberOrder = new Select<>();
    private final HtmlBlock heatmap = new HtmlBlock(SafeHtml.EMPTY);
    private final HtmlBlock figures = new HtmlBlock(SafeHtml.EMPTY);
    /**
     * The shared evidence notes, built only while opened: a team of 200 held them twice otherwise, in the matrix and
     * again as markup (85 KB per open session, docs/BENCHMARKS.md).
     */
    private final Details notes = new Details();
    private final HtmlBlock notesList = new HtmlBlock(SafeHtml.EMPTY);
    private List<Member> sharingMembers = List.of();
    private Map<String, String> shownSkillNames = Map.of();

    /** The matrix as read on entering the page; the controls redraw from it without asking the database again. */
    private TeamMatrix matrix;
    /** While the page is built, the controls' first values draw nothing: the page draws once at the end. */
    private boolean building;

    public TeamMatrixView(TeamService teamService, CurrentUser currentUser, Clock clock) {
        this.teamService = teamService;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("page", "team-matrix");

        profile.setLabel("Measure against");
        profile.setId("team-profile");
        profile.setItemLabelGenerator(shown -> shown.title() + (shown.target() ? " (shared target)" : ""));
        profile.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                redraw();
            }
        });
        filter.setId("team-filter");
        filter.addValueChangeListener(event -> redraw());
        skillOrder.setLabel("Skills");
        skillOrder.setId("team-skill-order");
        skillOrder.setItems(SkillOrder.values());
        skillOrder.setItemLabelGenerator(SkillOrder::label);
        skillOrder.setValue(SkillOrder.CATALOG);
        skillOrder.addValueChangeListener(event -> redraw());
        memberOrder.setLabel("Members");
        memberOrder.setId("team-member-order");
        memberOrder.setItems(MemberOrder.values());
        memberOrder.setItemLabelGenerator(MemberOrder::label);
        memberOrder.setValue(MemberOrder.NAME);
        memberOrder.addValueChangeListener(event -> redraw());
        heatmap.setId("team-heatmap-block");
        figures.setId("team-figures-block");
        figures.addClassName("article-section");
    }

    /** The address of a team's matrix, e.g. "teams/7". */
    public static String path(long teamId) {
        return TEAMS_PATH + "/" + teamId;
    }

    /** The team's settings page (TeamSettingsView, another part of the feature), by path. */
    static String settingsPath(long teamId) {
        return path(teamId) + "/settings";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        matrix = null;
        Optional<Long> id = event.getRouteParameters().get(TEAM_ID).flatMap(TeamMatrixView::parse);
        if (id.isEmpty()) {
            // a forged or mistyped address reads like any team that is not the user's: nothing is echoed back
            refused(TeamService.NOT_YOUR_TEAM);
            return;
        }
        try {
            matrix = teamService.matrix(id.get());
        } catch (TeamException refused) {
            refused(refused.getMessage());
            return;
        }
        render();
    }

    static Optional<Long> parse(String value) {
        try {
            long id = Long.parseLong(value);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void refused(String message) {
        add(HtmlBlock.of(root -> {
            root.appendElement("h1").text("Team");
            root.appendElement("p").id("team-refused").addClass("callout").text(message);
            Markup.link(root.appendElement("p"), TEAMS_PATH, "Your teams").id("back-to-teams");
        }));
    }

    // ---- the page ----

    private void render() {
        building = true;
        profile.setItems(matrix.profiles());
        defaultProfile(matrix).ifPresent(profile::setValue);
        building = false;
        Div controls = new Div(profile, filter, skillOrder, memberOrder);
        controls.setId("team-controls");
        controls.addClassNames("team-controls");
        notes.setId("team-notes");
        notes.addClassName("team-notes");
        notes.add(notesList);
        notes.addOpenedChangeListener(event -> fillNotes());
        Section matrixSection = new Section(controls, heatmap, notes);
        matrixSection.setId("team-matrix-section");
        matrixSection.addClassName("article-section");
        Section gapSection = new Section(gapBlock(matrix), TeamDownloads.links(teamService, currentUser, clock,
                matrix.teamId()), trainingBlock(matrix, currentUser.id()));
        gapSection.setId("team-gap-section");
        gapSection.addClassName("article-section");
        add(header(matrix), matrixSection, figures, gapSection);
        redraw();
    }

    /** The composition's first profile the team can see, else the first catalog role, else whatever comes first. */
    static Optional<Profile> defaultProfile(TeamMatrix matrix) {
        for (Need need : matrix.composition()) {
            Optional<Profile> found = matrix.profile(need.profileKey());
            if (found.isPresent()) {
                return found;
            }
        }
        return matrix.profiles().stream().filter(candidate -> !candidate.target()).findFirst()
                .or(() -> matrix.profiles().stream().findFirst());
    }

    private static HtmlBlock header(TeamMatrix matrix) {
        Member owner = matrix.members().stream().filter(Member::owner).findFirst().orElse(null);
        HtmlBlock header = HtmlBlock.of(root -> {
            Markup.link(root.appendElement("p").addClass("team-back"), TEAMS_PATH, "Your teams").id("back-to-teams");
            root.appendElement("h1").id("team-name").text(matrix.teamName());
            Element facts = root.appendElement("p").addClass("lead").id("team-facts");
            facts.appendText(count(matrix.members().size(), "member", "members"));
            if (owner != null) {
                facts.appendText(" · Owner: " + (owner.id() == matrix.viewerId() ? owner.name() + " (you)" : owner.name()));
            }
            Element settings = Markup.link(root.appendElement("p").addClass("team-settings-link"),
                    settingsPath(matrix.teamId()), matrix.viewerIsOwner() ? "Manage the team" : "Sharing and membership");
            settings.id("team-settings-link").addClass("button-link");
        });
        header.setId("team-header");
        return header;
    }

    static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** Redraws what the controls change: the heatmap with its coverage, and the group figures. */
    private void redraw() {
        if (building || matrix == null || profile.getValue() == null) {
            return;
        }
        Profile chosen = profile.getValue();
        List<SkillCoverage> coverage = TeamAnalysis.coverage(matrix, chosen);
        List<SkillCoverage> shown = shownSkills(coverage, chosen, filter.getValue(), skillOrder.getValue());
        boolean filteredOut = filter.getValue() && shown.size() < coverage.size();
        boolean fellBack = filter.getValue() && chosen.requiredLevels().isEmpty();
        List<Member> members = orderedMembers(matrix.members(), shown, memberOrder.getValue());
        heatmap.setContent(SafeHtml.build(root -> {
            heatmapMarkup(root, matrix, chosen, shown, members, filteredOut, fellBack);
            coverageMarkup(root, matrix, chosen, shown);
        }));
        showNotes(members, shown);
        figures.setContent(SafeHtml.build(root -> figuresMarkup(root, matrix, shown)));
    }

    /**
     * The skills to show, in the chosen order. Filtering keeps the skills the profile asks for (all of them when it
     * asks for none, rather than an empty table). "Least covered first": the skills the profile asks for by how many
     * members cover them, fewest first, then the rest by how many are proficient; ties keep catalog order.
     */
    static List<SkillCoverage> shownSkills(List<SkillCoverage> coverage, Profile chosen, boolean filter, SkillOrder order) {
        List<SkillCoverage> shown = new ArrayList<>(coverage);
        if (filter && !chosen.requiredLevels().isEmpty()) {
            shown.removeIf(skill -> skill.requiredLevel().isEmpty());
        }
        if (order == SkillOrder.LEAST_COVERED) {
            // List.sort is stable: catalog order breaks the ties
            shown.sort(Comparator.comparing((SkillCoverage skill) -> skill.requiredLevel().isEmpty())
                    .thenComparingInt(skill -> skill.requiredLevel().isPresent() ? skill.covering().size() : skill.proficient().size()));
        }
        return shown;
    }

    /** Members by name (the matrix's own order) or by the total of their levels in the skills shown, highest first. */
    static List<Member> orderedMembers(List<Member> members, List<SkillCoverage> shown, MemberOrder order) {
        if (order != MemberOrder.TOTAL) {
            return members;
        }
        List<Member> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparingInt((Member member) -> total(member, shown)).reversed());
        return ordered;
    }

    static int total(Member member, List<SkillCoverage> shown) {
        return shown.stream().mapToInt(skill -> member.level(skill.skill().key())).sum();
    }

    /**
     * The heatmap is the accessible table: a caption, column and row headers, and in each cell the level as a number
     * (its shade only helps the eye) followed, for a level below the chosen profile's, by visually hidden words, so a
     * screen reader says "1, below the 3 needed" where the eye sees an outlined cell.
     */
    private static void heatmapMarkup(Element root, TeamMatrix matrix, Profile chosen, List<SkillCoverage> shown,
                                      List<Member> members, boolean filteredOut, boolean fellBack) {
        root.appendElement("h2").text("Levels");
        Element legend = root.appendElement("p").addClass("team-legend").id("team-legend");
        legend.appendText("Levels: ");
        for (ProficiencyLevel level : ProficiencyLevel.values()) {
            legend.appendElement("span").addClass("team-legend-item").addClass("lvl-" + level.value()).text(level.display());
            legend.appendText(" ");
        }
        legend.appendElement("span").addClass("team-legend-item").addClass("lvl-1").addClass("below")
                .text("red bar: below the level " + chosen.title() + " needs");
        if (fellBack) {
            root.appendElement("p").id("team-filter-note").text(chosen.title() + " asks for none of the catalog's skills, "
                    + "so every skill is shown.");
        }
        if (filteredOut) {
            root.appendElement("p").addClass("team-explain").id("team-filtered")
                    .text("Only the skills " + chosen.title() + " asks for are shown; turn off “Filter by role” to see all.");
        }
        Element table = root.appendElement("div").addClass("table-scroll").addClass("team-heatmap-scroll")
                .appendElement("table").id("team-heatmap").addClass("team-heatmap");
        // short: on a phone the table scrolls sideways, and a long caption would scroll out of sight with it
        table.appendElement("caption").text(count(members.size(), "member", "members") + " by "
                + count(shown.size(), "skill", "skills") + ", against " + chosen.title());
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("Member");
        for (SkillCoverage skill : shown) {
            Element th = head.appendElement("th").attr("scope", "col").id("team-col-" + skill.skill().key());
            th.appendElement("span").addClass("team-skill-name").text(skill.skill().name());
            // a space between the two blocks, so a screen reader says "Programming needs 3", not one word
            th.appendText(" ");
            skill.requiredLevel().ifPresent(level -> th.appendElement("span").addClass("team-needs").text("needs " + level));
        }
        head.appendElement("th").attr("scope", "col").addClass("team-total").text("Total");
        Element body = table.appendElement("tbody");
        for (Member member : members) {
            Element row = body.appendElement("tr").id("team-row-" + member.id());
            Element name = row.appendElement("th").attr("scope", "row");
            name.appendText(member.name());
            if (member.owner()) {
                name.appendText(" ");
                Markup.badge(name, "owner");
            }
            if (member.id() == matrix.viewerId()) {
                name.appendText(" ");
                Markup.badge(name, "you");
            }
            for (SkillCoverage skill : shown) {
                String key = skill.skill().key();
                int level = member.level(key);
                Element cell = row.appendElement("td").addClass("lvl-" + level).text(String.valueOf(level));
                if (skill.requiredLevel().isPresent() && level < skill.requiredLevel().get()) {
                    cell.addClass("below");
                    cell.appendElement("span").addClass("sr-only").text(", below the " + skill.requiredLevel().get() + " needed");
                }
                if (member.notes().containsKey(key)) {
                    // only a mark: the note itself is in the evidence notes list below, once (a note can have 2,000
                    // characters, and a tooltip copy would double what the page holds per member)
                    cell.addClass("has-note");
                }
            }
            row.appendElement("td").addClass("team-total").text(String.valueOf(total(member, shown)));
        }
    }

    private static void coverageMarkup(Element root, TeamMatrix matrix, Profile chosen, List<SkillCoverage> shown) {
        root.appendElement("h2").id("team-coverage-title").text("Coverage");
        root.appendElement("p").addClass("team-explain").text("Covering: the members at or above the level "
                + chosen.title() + " needs. No one: nobody reaches it. A single point of knowledge: exactly one member is "
                + "proficient (3) or above, so the team loses the skill when that person leaves.");
        Markup.Table table = Markup.table(root, "team-coverage", "Coverage of each skill shown, against " + chosen.title(),
                List.of("Skill", "Needs", "Covering", "Flags"));
        table.table().addClass("team-coverage");
        int size = matrix.members().size();
        for (SkillCoverage skill : shown) {
            Element row = table.row(skill.skill().name(),
                    skill.requiredLevel().map(level -> ProficiencyLevel.of(level).display()).orElse("not asked for"),
                    skill.requiredLevel().isPresent() ? "covering: " + skill.covering().size() + " of " + size : "",
                    "");
            row.id("team-coverage-" + skill.skill().key());
            Element flags = row.child(3);
            if (skill.noOne()) {
                flags.appendElement("span").addClass("team-flag").addClass("team-flag-no-one").text("no one");
            }
            skill.singlePointOfKnowledge().ifPresent(single -> {
                if (skill.noOne()) {
                    flags.appendText(" ");
                }
                flags.appendElement("span").addClass("team-flag").addClass("team-flag-single")
                        .text("single point of knowledge: " + single.name());
            });
        }
    }

    /** The notes of members who share them, for the skills shown; no notes section at all when no one shares one there. */
    private void showNotes(List<Member> members, List<SkillCoverage> shown) {
        shownSkillNames = shown.stream().collect(Collectors.toMap(skill -> skill.skill().key(),
                skill -> skill.skill().name(), (a, b) -> a, LinkedHashMap::new));
        sharingMembers = members.stream()
                .filter(member -> member.notes().keySet().stream().anyMatch(shownSkillNames::containsKey)).toList();
        notes.setVisible(!sharingMembers.isEmpty());
        notes.setSummaryText("Evidence notes (" + count(sharingMembers.size(), "member shares", "members share") + " them)");
        fillNotes();
    }

    private void fillNotes() {
        notesList.setContent(notes.isOpened() && notes.isVisible()
                ? SafeHtml.build(root -> notesMarkup(root, sharingMembers, shownSkillNames)) : SafeHtml.EMPTY);
    }

    private static void notesMarkup(Element root, List<Member> sharing, Map<String, String> names) {
        Element list = root.appendElement("dl").id("team-notes-list");
        for (Member member : sharing) {
            list.appendElement("dt").text(member.name());
            names.forEach((key, name) -> {
                String note = member.notes().get(key);
                if (note != null) {
                    Element item = list.appendElement("dd").id("team-note-" + member.id() + "-" + key);
                    item.appendElement("strong").text(name + ": ");
                    item.appendText(note);
                }
            });
        }
    }

    /** Averages and distributions mix members' levels: shown only from the analysis' minimum team size on. */
    private static void figuresMarkup(Element root, TeamMatrix matrix, List<SkillCoverage> shown) {
        root.appendElement("h2").text("Team figures");
        Optional<GroupFigures> figures = TeamAnalysis.groupFigures(matrix);
        if (figures.isEmpty()) {
            root.appendElement("p").id("team-figures-hidden").text("Team figures (average levels and how many members "
                    + "are at each level) appear once the team has " + TeamMatrix.MIN_MEMBERS_FOR_GROUP_FIGURES
                    + " members: with fewer, they would give away a member's levels.");
            return;
        }
        Map<String, GroupFigures.SkillFigures> bySkill = figures.get().skills().stream()
                .collect(Collectors.toMap(skill -> skill.skill().key(), Function.identity()));
        List<String> headings = new ArrayList<>(List.of("Skill", "Average"));
        for (ProficiencyLevel level : ProficiencyLevel.values()) {
            headings.add(level.display());
        }
        Markup.Table table = Markup.table(root, "team-figures", "Average level and members at each level, of "
                + count(figures.get().memberCount(), "member", "members"), headings);
        for (SkillCoverage skill : shown) {
            GroupFigures.SkillFigures figure = bySkill.get(skill.skill().key());
            List<String> cells = new ArrayList<>(List.of(skill.skill().name(), figure.average().toPlainString()));
            figure.distribution().forEach(count -> cells.add(String.valueOf(count)));
            table.row(cells.toArray(String[]::new)).id("team-figures-" + skill.skill().key());
        }
    }

    // ---- hiring and training gap ----

    private static HtmlBlock gapBlock(TeamMatrix matrix) {
        List<SkillGap> gaps = TeamAnalysis.hiringGap(matrix);
        HtmlBlock block = HtmlBlock.of(root -> {
            root.appendElement("h2").text("Hiring and training gap");
            root.appendElement("h3").text("Target composition");
            List<String> lines = new ArrayList<>();
            for (Need need : matrix.composition()) {
                // a need whose profile the team cannot see (a target no longer shared) counts nowhere, as in the gap
                matrix.profile(need.profileKey()).ifPresent(shown -> lines.add(need.headCount() + " × " + shown.title()));
            }
            if (lines.isEmpty()) {
                Element none = root.appendElement("p").id("team-composition-none")
                        .text("No target composition is set, so there is no gap to measure. ");
                if (matrix.viewerIsOwner()) {
                    Markup.link(none, settingsPath(matrix.teamId()), "Set it in Manage the team.");
                } else {
                    none.appendText("The team's owner sets it.");
                }
            } else {
                Element list = root.appendElement("ul").id("team-composition").addClass("team-composition");
                lines.forEach(line -> list.appendElement("li").text(line));
            }
            if (!lines.isEmpty()) {
                gapTable(root, gaps);
            }
        });
        block.setId("team-gap-block");
        return block;
    }

    private static void gapTable(Element root, List<SkillGap> gaps) {
        root.appendElement("h3").text("Gaps");
        if (gaps.isEmpty()) {
            root.appendElement("p").id("team-no-gaps").text("No skill falls short: the team has enough people at every "
                    + "level its target composition asks for.");
            return;
        }
        root.appendElement("p").addClass("team-explain").text("People needed and Have count everyone at the level or "
                + "above; largest shortfall first.");
        Markup.Table table = Markup.table(root, "team-gaps", "Skills the team falls short in, against its target composition",
                List.of("Skill", "Level", "People needed", "Have", "Short by"));
        for (SkillGap gap : gaps) {
            table.row(gap.skill().name(), ProficiencyLevel.of(gap.level()).display(), String.valueOf(gap.needed()),
                    String.valueOf(gap.have()), String.valueOf(gap.shortfall()))
                    .id("team-gap-" + gap.skill().key() + "-" + gap.level());
        }
    }

    /** The owner sees what training would close a gap for every member; a member sees it for themselves. */
    private static HtmlBlock trainingBlock(TeamMatrix matrix, long viewerId) {
        HtmlBlock block = HtmlBlock.of(root -> trainingMarkup(root, matrix, viewerId, TeamAnalysis.hiringGap(matrix)));
        block.setId("team-training-block");
        return block;
    }

    private static void trainingMarkup(Element root, TeamMatrix matrix, long viewerId, List<SkillGap> gaps) {
        if (gaps.isEmpty()) {
            return;
        }
        root.appendElement("h3").text("Training that closes a gap soonest");
        List<Member> members = matrix.viewerIsOwner() ? matrix.members()
                : matrix.member(viewerId).map(List::of).orElse(List.of());
        Element list = root.appendElement("ul").id("team-training").addClass("team-training");
        for (Member member : members) {
            Element item = list.appendElement("li").id("team-training-" + member.id());
            List<TrainingOption> options = TeamAnalysis.trainingFor(matrix, member.id());
            if (options.isEmpty()) {
                item.text("No training of " + member.name() + " closes a team gap: " + member.name()
                        + " is at or above every level the gaps ask for.");
                continue;
            }
            item.appendElement("strong").text("Train " + member.name() + " in: ");
            item.appendText(options.stream().map(option -> option.skill().name() + " from "
                            + ProficiencyLevel.of(option.fromLevel()).display() + " to "
                            + ProficiencyLevel.of(option.toLevel()).display() + " (the team is short by "
                            + option.shortfall() + ")")
                    .collect(Collectors.joining("; ")) + ".");
        }
    }

    // ---- the controls' choices ----

    enum SkillOrder {
        CATALOG("Catalog order"),
        LEAST_COVERED("Least covered first");

        private final String label;

        SkillOrder(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    enum MemberOrder {
        NAME("By name"),
        TOTAL("By total of levels, highest first");

        private final String label;

        MemberOrder(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
