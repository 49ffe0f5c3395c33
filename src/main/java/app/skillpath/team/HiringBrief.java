package app.skillpath.team;

import app.skillpath.base.text.MarkdownText;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.team.TeamMatrix.Need;

import java.time.LocalDate;
import java.util.List;

/**
 * The hiring gap as a Markdown file a manager hands to recruiting: the target composition and, per skill and level,
 * how many people the team needs, has and is short of (see {@link TeamAnalysis}). Team name, profile titles and skill
 * names are user or catalog text and go through {@link MarkdownText#inline}, always after fixed words, so none of it
 * can become markup or start a new line.
 */
public final class HiringBrief {

    public static final String TYPE = "text/markdown; charset=UTF-8";

    private HiringBrief() {
    }

    /** "skillpath-hiring-brief-team-7-2026-11-27.md": the team's number, not its name, which may hold anything. */
    public static String fileName(TeamMatrix matrix, LocalDate today) {
        return "skillpath-hiring-brief-team-" + matrix.teamId() + "-" + today + ".md";
    }

    public static String markdown(TeamMatrix matrix, List<SkillGap> gaps, LocalDate today) {
        StringBuilder md = new StringBuilder();
        md.append("# Hiring brief: ").append(MarkdownText.inline(matrix.teamName())).append("\n\n");
        md.append("- Date: ").append(today).append('\n');
        md.append("- Members now: ").append(matrix.members().size()).append('\n');
        md.append("- Levels: 0 none, 1 aware, 2 working, 3 proficient, 4 expert\n");
        md.append("\n## Target composition\n\n");
        boolean anyNeed = false;
        for (Need need : matrix.composition()) {
            // a need whose profile the team cannot see has no title to show, and the gap leaves it out as well
            var profile = matrix.profile(need.profileKey());
            if (profile.isPresent()) {
                md.append("- ").append(need.headCount()).append(" × ").append(MarkdownText.inline(profile.get().title()))
                        .append('\n');
                anyNeed = true;
            }
        }
        if (!anyNeed) {
            md.append("No target composition is set.\n");
        }
        md.append("\n## Gaps\n\n");
        if (gaps.isEmpty()) {
            md.append("No skill falls short: the team has enough people at every level its target composition asks for.\n");
            return md.toString();
        }
        md.append("People needed and Have count everyone at the level needed or above.\n\n");
        md.append("| Skill | Level needed | People needed | Have | Short by |\n");
        md.append("|---|---|---|---|---|\n");
        for (SkillGap gap : gaps) {
            md.append("| ").append(MarkdownText.inline(gap.skill().name()))
                    .append(" | ").append(ProficiencyLevel.of(gap.level()).display())
                    .append(" | ").append(gap.needed())
                    .append(" | ").append(gap.have())
                    .append(" | ").append(gap.shortfall())
                    .append(" |\n");
        }
        return md.toString();
    }
}
