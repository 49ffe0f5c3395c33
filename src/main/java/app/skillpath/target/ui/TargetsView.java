package app.skillpath.target.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import app.skillpath.plan.ui.PlanView;
import app.skillpath.scoring.FitScore;
import app.skillpath.scoring.FitService;
import app.skillpath.scoring.ui.FitMarkup;
import app.skillpath.scoring.ui.FitView;
import app.skillpath.target.MyTargets;
import app.skillpath.target.Target;
import app.skillpath.target.TargetSkill;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The user's targets (job postings or roles of their own, scored like the article's roles) with their fit, and the
 * ways to make one: copy a catalog role, read a job posting, or start from scratch. What is only read is markup;
 * the role picker and its button are the page's only components.
 */
@Menu(order = 3.5, title = "My targets", icon = "vaadin:crosshairs")
@Route(value = "targets", layout = MainLayout.class)
@PageTitle("My targets" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class TargetsView extends Main {

    /** Where "From a job posting" leads: the posting reader. */
    static final String FROM_POSTING_PATH = PostingView.ROUTE;

    private final TargetService targetService;
    private final FitService fitService;
    private final CatalogService catalogService;

    public TargetsView(TargetService targetService, FitService fitService, CatalogService catalogService) {
        this.targetService = targetService;
        this.fitService = fitService;
        this.catalogService = catalogService;
        addClassNames("page", "targets");

        MyTargets mine = targetService.mine();
        Map<String, FitScore> scores = fitService.myFit().targetScores().stream()
                .collect(Collectors.toMap(FitScore::roleKey, Function.identity(), (a, b) -> a));
        add(HtmlBlock.of(root -> {
            root.appendElement("h1").text("My targets");
            if (mine.targets().isEmpty()) {
                emptyState(root);
            } else {
                root.appendElement("p").addClass("lead").text("Your own targets, scored from your self-assessment like "
                        + "the article's roles. Open one to change what it asks for.");
                Element list = root.appendElement("ul").id("target-list").addClass("target-list");
                mine.targets().forEach(target -> item(list, target, scores.get(target.key())));
            }
        }), createSection(mine));
    }

    private static void emptyState(Element root) {
        Element empty = root.appendElement("div").id("targets-empty").addClass("empty-state");
        empty.appendElement("h2").text("No targets yet");
        empty.appendElement("p").text("A target is a job you are aiming for: a real job posting, or a role of your own. "
                + "Like the article's roles it lists skills with a required level and a weight, and perhaps education and "
                + "tools; Skillpath scores your fit for it the same way and can plan the way there.");
        empty.appendElement("p").text("Start from one of the catalog's roles and adjust it, or from a blank page.");
    }

    private static void item(Element list, Target target, FitScore score) {
        String key = target.key();
        Element item = list.appendElement("li").id("target-" + key.replace(':', '-')).addClass("target-card").addClass("card");
        Element head = item.appendElement("div").addClass("target-card-head");
        Element names = head.appendElement("div");
        names.appendElement("h2").text(target.title());
        target.company().ifPresent(company -> names.appendElement("p").addClass("target-company").text(company));
        if (score != null) {
            FitMarkup.headline(head, score);
        } else {
            // FitService scores only what the catalog still offers: say why there is no number
            item.appendElement("p").addClass("target-not-scored")
                    .text("Not scored: the catalog has retired every skill this target asks for. Edit it to add current ones.");
        }
        long mustHaves = target.skills().stream().filter(TargetSkill::mustHave).count();
        item.appendElement("p").addClass("target-facts").text(count(target.skills().size(), "skill") + ", "
                + mustHaves + " must-have" + (target.education().isPresent() ? ", education asked" : ""));
        target.postingUrl().ifPresent(url -> item.appendElement("p").appendElement("a").attr("href", url)
                .attr("rel", "noopener noreferrer nofollow").attr("target", "_blank").addClass("target-posting-link")
                .attr("aria-label", "The posting of " + target.title() + " (opens in a new tab)")
                .text("The posting"));
        Element links = item.appendElement("div").addClass("actions");
        Markup.link(links, TargetEditorView.class, new RouteParameters(TargetEditorView.TARGET_KEY, key), "Edit")
                .addClass("button-link").id("edit-" + key);
        Markup.link(links, FitView.class, "Your fit").addClass("button-link").id("fit-link-" + key);
        Markup.link(links, PlanView.class, QueryParameters.of("role", key), "Its plan").addClass("button-link")
                .id("plan-link-" + key);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Section createSection(MyTargets mine) {
        Section section = new Section();
        section.setId("create-target");
        section.addClassNames("article-section", "target-create");
        if (mine.targets().size() >= TargetService.MAX_TARGETS) {
            section.add(HtmlBlock.of(root -> {
                root.appendElement("h2").text("Add a target");
                root.appendElement("p").id("targets-limit").addClass("callout").text("You have " + TargetService.MAX_TARGETS
                        + " targets, the most Skillpath keeps. Delete one you no longer aim for to add another.");
            }));
            return section;
        }
        Select<Role> role = new Select<>();
        role.setId("copy-role");
        role.setLabel("Copy a role");
        role.setItems(catalogService.roles());
        role.setItemLabelGenerator(r -> r == null ? "" : r.title());
        role.setValue(catalogService.roles().getFirst());
        Button copy = new Button("Copy into a target", event -> {
            if (role.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(TargetEditorView.class, QueryParameters.of("role", role.getValue().key())));
            }
        });
        copy.setId("copy-role-button");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div copyLine = new Div(role, copy);
        copyLine.addClassName("target-copy");
        section.add(HtmlBlock.of(root -> {
                    root.appendElement("h2").text("Add a target");
                    root.appendElement("p").text("Three ways in: copy one of the catalog's roles and adjust it, start from a "
                            + "job posting, or build one from scratch.");
                }), copyLine,
                HtmlBlock.of(root -> {
                    Element links = root.appendElement("div").addClass("actions");
                    Markup.link(links, PostingView.class, "From a job posting").addClass("button-link").id("from-posting");
                    Markup.link(links, TargetEditorView.class, "From scratch").addClass("button-link").id("from-scratch");
                }));
        return section;
    }
}
