package app.skillpath.target.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Notifications;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.FieldOfStudy;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.Skill;
import app.skillpath.catalog.Tool;
import app.skillpath.posting.EducationProposal;
import app.skillpath.posting.PostingAnalysis;
import app.skillpath.posting.SkillProposal;
import app.skillpath.posting.Span;
import app.skillpath.posting.ToolProposal;
import app.skillpath.posting.Unmatched;
import app.skillpath.target.PostingProposal;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetException;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * "From a job posting": the user pastes a posting, Skillpath reads what it asks for ({@link TargetService#propose}),
 * shows the posting with every piece of evidence highlighted and a summary of what it found and why, and pre-fills the
 * target form with it, so the user corrects any proposal and saves. The posting and the summary are only read: each
 * is one block of markup, built from text nodes (the posting is the user's words, never parsed as HTML). The form, the
 * step-one fields and one "Add as my own skill" button per requirement outside the catalog are the components.
 */
@Route(value = PostingView.ROUTE, layout = MainLayout.class)
@PageTitle("From a job posting" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class PostingView extends Main {

    static final String ROUTE = "targets/new/posting";
    /** A skill of the user's own made from a requirement outside the catalog starts as a useful, not essential, one. */
    static final int OWN_SKILL_LEVEL = 2;
    static final int OWN_SKILL_WEIGHT = 1;
    static final String NOTHING_FOUND = "Skillpath found nothing from its catalog in this posting; you can still build the "
            + "target by hand below.";

    private final TargetService targetService;
    private final Catalog catalog;
    private final TextArea posting = new TextArea("The job posting");
    private final TextField company = new TextField("Company (optional)");
    private final TextField postingUrl = new TextField("Posting address (optional)");
    private final Section step = new Section();
    private final HtmlBlock message = new HtmlBlock(SafeHtml.EMPTY);
    private final Section proposal = new Section();
    private final Div result = new Div();
    private TargetForm form;

    public PostingView(TargetService targetService, CatalogService catalogService) {
        this.targetService = targetService;
        this.catalog = catalogService.catalog();
        addClassNames("page", "posting-reader");
        add(HtmlBlock.of(root -> {
            root.appendElement("h1").text("From a job posting");
            root.appendElement("p").addClass("lead").text("Paste a job posting: Skillpath reads which of its catalog's "
                    + "skills, tools and education it asks for, shows you where it found each, and fills in a target "
                    + "you correct and save. Nothing is saved until you do.");
        }), stepOne(), message, result);
        message.setId("posting-message");
        message.setVisible(false);
        result.setId("posting-result");
    }

    private Section stepOne() {
        posting.setId("posting-input");
        posting.setMaxLength(TargetService.POSTING_MAX_LENGTH);
        posting.setPlaceholder("The posting's text: title, duties, requirements…");
        posting.setValueChangeMode(ValueChangeMode.LAZY);
        // lazy keeps the counter current without a round trip per key; the value is also sent when the field loses
        // focus, so a button clicked right after pasting reads the pasted text rather than what the last pause sent
        posting.getElement().addPropertyChangeListener("value", "change", event -> { });
        posting.addValueChangeListener(event -> countCharacters());
        countCharacters();
        company.setId("posting-company");
        company.setMaxLength(TargetService.COMPANY_MAX_LENGTH);
        postingUrl.setId("posting-url");
        postingUrl.setMaxLength(TargetService.URL_MAX_LENGTH);
        postingUrl.setHelperText("http:// or https://; kept as a link, never fetched");
        Button find = new Button("Find what it asks for", event -> find());
        find.setId("find-in-posting");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div line = new Div(company, postingUrl);
        line.addClassName("target-line");
        Div actions = new Div(find);
        actions.addClassName("target-actions");
        step.add(HtmlBlock.of(root -> root.appendElement("h2").text("1. Paste the posting")), posting, line, actions);
        step.setId("posting-step");
        step.addClassNames("article-section", "posting-step");
        return step;
    }

    private void countCharacters() {
        posting.setHelperText(String.format(Locale.US, "%,d of %,d characters", posting.getValue().length(),
                TargetService.POSTING_MAX_LENGTH));
    }

    private void find() {
        PostingProposal read;
        try {
            read = targetService.propose(posting.getValue());
        } catch (TargetException e) {
            Notifications.error(e.getMessage());
            return;
        }
        TargetDraft proposed = read.draft();
        TargetDraft draft = new TargetDraft(proposed.title(), company.getValue(), proposed.postingText(), postingUrl.getValue(),
                proposed.skills(), proposed.education(), proposed.toolKeys());
        form = new TargetForm(catalog, targetService.mine().customSkillsByKey());
        form.setId("target-form");
        PostingAnalysis analysis = read.analysis();
        Map<String, String> notes = new LinkedHashMap<>();
        analysis.skills().forEach(skill -> notes.put(skill.skillKey(), skill.reading()
                + (skill.evidence().isEmpty() ? "" : " See the highlight in the posting above.")));
        form.setDraft(draft, notes);
        result.removeAll();
        if (analysis.foundNothing()) {
            message.setContent(SafeHtml.build(root -> root.appendElement("p").addClass("callout").text(NOTHING_FOUND)));
            message.setVisible(true);
            Notifications.info(NOTHING_FOUND);
        } else {
            message.setVisible(false);
            result.add(proposalSection(read.posting(), analysis));
        }
        result.add(formSection());
    }

    private Section proposalSection(String text, PostingAnalysis analysis) {
        HtmlBlock highlighted = new HtmlBlock(SafeHtml.build(root -> highlight(root, text, evidence(analysis))));
        highlighted.setId("posting-highlighted");
        highlighted.addClassName("posting-text");
        highlighted.getElement().setAttribute("aria-label", "The posting, with what Skillpath found highlighted");
        highlighted.getElement().setAttribute("tabindex", "0");
        highlighted.getElement().setAttribute("role", "region");
        HtmlBlock summary = new HtmlBlock(SafeHtml.build(root -> summary(root, analysis)));
        summary.setId("posting-summary");
        summary.addClassName("posting-summary");
        proposal.removeAll();
        proposal.setId("posting-proposal");
        proposal.addClassNames("article-section", "posting-proposal");
        proposal.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("2. What the posting asks for");
            Element legend = root.appendElement("p").addClass("hint").addClass("posting-legend");
            legend.appendText("Highlighted: ");
            legend.appendElement("mark").addClass("ev").addClass("ev-skill").text("skills");
            legend.appendText(" ");
            legend.appendElement("mark").addClass("ev").addClass("ev-education").text("education");
            legend.appendText(" ");
            legend.appendElement("mark").addClass("ev").addClass("ev-tool").text("tools");
            legend.appendText(" ");
            legend.appendElement("mark").addClass("ev").addClass("ev-other").text("not in the catalog");
        }));
        Div columns = new Div(highlighted, summary);
        columns.addClassName("posting-columns");
        proposal.add(columns);
        if (!analysis.notInCatalog().isEmpty()) {
            proposal.add(notInCatalog(analysis.notInCatalog()));
        }
        return proposal;
    }

    /** One piece of evidence: the words of a proposal, and how its highlight is named. */
    record Evidence(String id, Span span, String kind, String label) {
    }

    private List<Evidence> evidence(PostingAnalysis analysis) {
        List<Evidence> all = new ArrayList<>();
        for (SkillProposal skill : analysis.skills()) {
            String label = "Skill: " + skillName(skill.skillKey()) + (skill.mustHave() ? ", must-have" : ", nice to have");
            for (int i = 0; i < skill.evidence().size(); i++) {
                all.add(new Evidence(evidenceId(skill.skillKey(), i), skill.evidence().get(i), "skill", label));
            }
        }
        analysis.education().ifPresent(education -> {
            for (int i = 0; i < education.evidence().size(); i++) {
                all.add(new Evidence(evidenceId("education", i), education.evidence().get(i), "education",
                        "Education: " + education.minimum().label()));
            }
        });
        for (ToolProposal tool : analysis.tools()) {
            for (int i = 0; i < tool.evidence().size(); i++) {
                all.add(new Evidence(evidenceId("tool-" + tool.toolKey(), i), tool.evidence().get(i), "tool",
                        "Tool: " + toolName(tool.toolKey())));
            }
        }
        for (int i = 0; i < analysis.notInCatalog().size(); i++) {
            all.add(new Evidence(evidenceId("other", i), analysis.notInCatalog().get(i).span(), "other",
                    "Not in Skillpath's catalog"));
        }
        return all;
    }

    /** The id of a proposal's n-th highlight, e.g. {@code ev-statistics-0}. */
    static String evidenceId(String owner, int index) {
        return "ev-" + owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + index;
    }

    /**
     * The posting as text nodes, with a {@code <mark>} over every stretch some evidence covers. Spans may overlap or
     * touch, so the text is cut at every span's start and end and each piece is marked with all the evidence covering
     * it ({@code data-ev}); the piece where a span starts carries its id (an empty anchor before it when several start
     * there), so that "#ev-…" links land on it.
     */
    static void highlight(Element parent, String text, List<Evidence> evidence) {
        int length = text.length();
        List<Evidence> marks = evidence.stream()
                .map(e -> new Evidence(e.id(), new Span(Math.min(e.span().start(), length), Math.min(e.span().end(), length)),
                        e.kind(), e.label()))
                .filter(e -> e.span().end() > e.span().start()).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        marks.forEach(e -> {
            cuts.add(e.span().start());
            cuts.add(e.span().end());
        });
        Integer from = null;
        for (Integer to : cuts) {
            if (from != null && to > from) {
                int start = from;
                int end = to;
                List<Evidence> covering = marks.stream()
                        .filter(e -> e.span().start() <= start && e.span().end() >= end).toList();
                String piece = text.substring(start, end);
                if (covering.isEmpty()) {
                    parent.appendText(piece);
                } else {
                    List<String> starting = covering.stream().filter(e -> e.span().start() == start).map(Evidence::id).toList();
                    starting.stream().skip(1).forEach(id -> parent.appendElement("span").id(id).addClass("ev-anchor"));
                    Element mark = parent.appendElement("mark").addClass("ev");
                    if (!starting.isEmpty()) {
                        mark.id(starting.getFirst());
                    }
                    covering.stream().map(e -> "ev-" + e.kind()).distinct().forEach(mark::addClass);
                    mark.attr("data-ev", covering.stream().map(Evidence::id).collect(Collectors.joining(" ")));
                    mark.attr("title", covering.stream().map(Evidence::label).distinct().collect(Collectors.joining("; ")));
                    mark.text(piece);
                }
            }
            from = to;
        }
    }

    private void summary(Element root, PostingAnalysis analysis) {
        root.appendElement("h3").text("Skills");
        if (analysis.skills().isEmpty()) {
            root.appendElement("p").addClass("hint").text("No skill from the catalog.");
        } else {
            Element list = root.appendElement("ul").id("found-skills").addClass("posting-found");
            for (SkillProposal skill : analysis.skills()) {
                Element item = list.appendElement("li").id("found-" + skill.skillKey().replaceAll("[^A-Za-z0-9-]+", "-"));
                Element head = item.appendElement("p").addClass("posting-found-head");
                head.appendElement("strong").text(skillName(skill.skillKey()));
                head.appendText(" ");
                head.appendElement("span").addClass("badge").addClass(skill.mustHave() ? "badge-must" : "badge-nice")
                        .text(skill.mustHave() ? "Must-have" : "Nice to have");
                item.appendElement("p").addClass("posting-found-facts").text("Level "
                        + ProficiencyLevel.of(Math.clamp(skill.level(), 1, ProficiencyLevel.MAX)).display()
                        + " · weight " + TargetForm.weightLabel(skill.weight()));
                item.appendElement("p").addClass("posting-reading").text(skill.reading());
                highlightLink(item, skill.skillKey(), skill.evidence());
            }
        }
        root.appendElement("h3").text("Education");
        Optional<EducationProposal> education = analysis.education();
        if (education.isEmpty()) {
            root.appendElement("p").addClass("hint").id("found-education").text("No education asked for.");
        } else {
            EducationProposal asked = education.get();
            Element item = root.appendElement("div").id("found-education").addClass("posting-found-education");
            item.appendElement("p").text(educationText(asked));
            highlightLink(item, "education", asked.evidence());
        }
        root.appendElement("h3").text("Tools");
        if (analysis.tools().isEmpty()) {
            root.appendElement("p").addClass("hint").text("No tool from the catalog.");
        } else {
            Element list = root.appendElement("ul").id("found-tools").addClass("posting-found").addClass("posting-tools");
            for (ToolProposal tool : analysis.tools()) {
                Element item = list.appendElement("li");
                item.appendElement("strong").text(toolName(tool.toolKey()));
                item.appendText(" ");
                highlightLink(item, "tool-" + tool.toolKey(), tool.evidence());
            }
        }
    }

    private String educationText(EducationProposal asked) {
        StringBuilder text = new StringBuilder("At least ").append(asked.minimum().label());
        asked.preferred().map(EducationLevel::label).ifPresent(preferred -> text.append(", preferably ").append(preferred));
        Map<String, FieldOfStudy> fields = catalog.fieldsIncludingRetiredByKey();
        List<String> names = asked.fieldKeys().stream().map(key -> fields.containsKey(key) ? fields.get(key).name() : key).toList();
        if (!names.isEmpty()) {
            text.append(", in ").append(String.join(", ", names));
            if (asked.relatedFieldsAccepted()) {
                text.append(" or a related field");
            }
        }
        return text.append('.').toString();
    }

    private static void highlightLink(Element parent, String owner, List<Span> evidence) {
        if (!evidence.isEmpty()) {
            // the page's own address with the fragment: the router then only scrolls, where a bare "#…" would go home
            parent.appendElement("a").addClass("posting-see").attr("href", ROUTE + "#" + evidenceId(owner, 0))
                    .text(evidence.size() == 1 ? "See it in the posting" : "See it in the posting (" + evidence.size() + "×)");
        }
    }

    private Div notInCatalog(List<Unmatched> unmatched) {
        Div block = new Div(HtmlBlock.of(root -> {
            root.appendElement("h3").text("Not in Skillpath's catalog");
            root.appendElement("p").addClass("hint").text("Requirements Skillpath has no skill for. Add one as a skill of "
                    + "your own to count it in your fit: you rate it yourself, and can rename it in the form below.");
        }));
        block.setId("not-in-catalog");
        block.addClassName("posting-unmatched");
        for (int i = 0; i < unmatched.size(); i++) {
            Unmatched item = unmatched.get(i);
            int index = i;
            HtmlBlock words = HtmlBlock.of(root -> {
                root.appendElement("q").text(item.text());
                root.appendText(" ");
                root.appendElement("a").addClass("posting-see").attr("href", ROUTE + "#" + evidenceId("other", index))
                        .text("See it in the posting");
            });
            Button add = new Button("Add as my own skill");
            add.setId("add-own-" + i);
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setAriaLabel("Add “" + ownSkillName(item.text()) + "” as my own skill");
            add.addClickListener(event -> {
                if (form.addOwnSkill(ownSkillName(item.text()), OWN_SKILL_LEVEL, OWN_SKILL_WEIGHT, false)) {
                    add.setEnabled(false);
                    add.setText("Added to the form");
                }
            });
            Div line = new Div(words, add);
            line.addClassName("posting-unmatched-item");
            block.add(line);
        }
        return block;
    }

    /** A requirement's words as a skill name: one line, at most the longest name, cut at a word's end. */
    static String ownSkillName(String text) {
        String name = text.strip().replaceAll("\\s+", " ");
        int max = TargetService.CUSTOM_NAME_MAX_LENGTH;
        if (name.length() <= max) {
            return name;
        }
        int cut = name.lastIndexOf(' ', max);
        String head = cut > 0 ? name.substring(0, cut) : name.substring(0, max);
        return head.replaceAll("[\\s,;:.(\\-–—]+$", "");
    }

    private Section formSection() {
        Button save = new Button("Save target", event -> save());
        save.setId("save-target");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button again = new Button("Read another posting", event -> {
            result.removeAll();
            message.setVisible(false);
            step.setVisible(true);
            posting.focus();
        });
        again.setId("read-another");
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(save, again);
        actions.addClassName("target-actions");
        Section section = new Section(HtmlBlock.of(root -> {
            root.appendElement("h2").text("3. Correct it and save");
            root.appendElement("p").addClass("hint").text("What was read is only a proposal: change a level, a weight or "
                    + "a must-have, remove what does not belong, add what was missed, then save the target.");
        }), form, actions);
        section.setId("posting-target");
        section.addClassName("posting-target");
        // the pasted text is now in the highlighted posting and the form: step one would only repeat it
        step.setVisible(false);
        return section;
    }

    private void save() {
        if (form.titleField().getValue().isBlank()) {
            form.titleField().setInvalid(true);
            form.titleField().setErrorMessage("Give the target a title.");
        }
        try {
            Target created = targetService.create(form.draft());
            Notifications.saved("“" + created.title() + "” is saved.");
            getUI().ifPresent(ui -> TargetEditorView.openCreated(ui, created.key()));
        } catch (TargetException e) {
            Notifications.error(e.getMessage());
        }
    }

    private String skillName(String key) {
        Skill skill = catalog.skillsIncludingRetiredByKey().get(key);
        return skill != null ? skill.name() : key;
    }

    private String toolName(String key) {
        Tool tool = catalog.toolsIncludingRetiredByKey().get(key);
        return tool != null ? tool.name() : key;
    }
}
