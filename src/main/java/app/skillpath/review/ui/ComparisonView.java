package app.skillpath.review.ui;

import app.skillpath.account.CurrentUser;
import app.skillpath.assessment.AssessmentException;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.Notifications;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.plan.ui.PlanFormat;
import app.skillpath.review.CheckIn;
import app.skillpath.review.Comparison;
import app.skillpath.review.Difference;
import app.skillpath.review.ReviewException;
import app.skillpath.review.ReviewService;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The owner's side of a submitted review (/reviews/12): per skill their level when it was reviewed, the reviewer's,
 * how far apart they lie and the reviewer's comment; the fit three ways; adopting a reviewer's level; freezing the
 * comparison as a check-in. Anyone else, and any review that is not submitted, gets the service's one plain refusal,
 * so the page tells nothing about whether a number exists.
 */
@Route(value = ComparisonView.ROUTE, layout = MainLayout.class)
@PageTitle("Second opinion" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class ComparisonView extends Main implements BeforeEnterObserver {

    static final String REVIEW_ID = "reviewId";
    static final String ROUTE = "reviews/:" + REVIEW_ID;
    /** The owner's list of reviews (ReviewsView); named by path, as that page belongs to another part of the feature. */
    static final String REVIEWS_PATH = "reviews";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final ReviewService reviewService;
    private final CurrentUser currentUser;
    private long reviewId;
    /** The comparison on the page, redrawn with a check-in added (a check-in changes no level). */
    private Comparison shown;

    public ComparisonView(ReviewService reviewService, CurrentUser currentUser) {
        this.reviewService = reviewService;
        this.currentUser = currentUser;
        addClassNames("page", "review-comparison");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().get(REVIEW_ID).flatMap(ComparisonView::parse);
        if (id.isEmpty()) {
            // a forged or mistyped address reads like any review that is not the user's: nothing is echoed back
            refused(ReviewService.NO_SUCH_SUBMITTED_REVIEW);
            return;
        }
        reviewId = id.get();
        try {
            render(reviewService.compare(reviewId));
        } catch (ReviewException refused) {
            refused(refused.getMessage());
        }
    }

    private static Optional<Long> parse(String value) {
        try {
            long id = Long.parseLong(value);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void refused(String message) {
        removeAll();
        add(HtmlBlock.of(root -> {
            root.appendElement("h1").text("Second opinion");
            root.appendElement("p").id("review-refused").addClass("callout").text(message);
            root.appendElement("p").appendChild(reviewsLink());
        }));
    }

    private static Element reviewsLink() {
        return Markup.link(new Element("p"), REVIEWS_PATH, "Your reviews").id("back-to-reviews");
    }

    /** Draws the whole page for the comparison as it is now (after an adoption, the new one). */
    private void render(Comparison comparison) {
        shown = comparison;
        removeAll();
        ZoneId zone = currentUser.zone();
        add(header(comparison, zone), skills(comparison), fits(comparison), checkIns(zone));
    }

    private static HtmlBlock header(Comparison comparison, ZoneId zone) {
        long conversations = comparison.count(Difference.WORTH_A_CONVERSATION);
        long disconnects = comparison.count(Difference.DISCONNECT);
        return HtmlBlock.of(root -> {
            root.appendChild(reviewsLink().addClass("review-back"));
            root.appendElement("h1").id("review-title").text("Second opinion from " + comparison.review().reviewerLabel());
            Element facts = root.appendElement("p").addClass("lead").id("review-facts");
            facts.appendText("Skills reviewed: " + comparison.review().scope() + ". Submitted on "
                    + PlanFormat.date(LocalDate.ofInstant(comparison.review().submittedAt(), zone)) + ".");
            Element counts = root.appendElement("ul").addClass("review-counts").id("review-counts");
            counts.appendElement("li").id("review-count-conversation").addClass("review-flag-worth-a-conversation")
                    .text(skills(conversations) + " 1 level apart: worth a conversation");
            counts.appendElement("li").id("review-count-disconnect").addClass("review-flag-disconnect")
                    .text(skills(disconnects) + " 2 or more levels apart: a real disconnect");
            root.appendElement("p").id("review-flags-explained").text("As career ladders calibrate ratings: where you "
                    + "and your reviewer are 1 level apart, talk it through; 2 or more levels apart is a real disconnect "
                    + "to resolve, as you two see the skill differently.");
        });
    }

    private static String skills(long count) {
        return count + (count == 1 ? " skill" : " skills");
    }

    private Section skills(Comparison comparison) {
        Section section = new Section();
        section.setId("review-skills");
        section.addClassName("article-section");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Skill by skill");
            root.appendElement("p").text("“Yours” is your level when the review was submitted, “Now” is your level "
                    + "today. Where the reviewer's level differs from yours, you can adopt it: it becomes your rating, "
                    + "marked in its history as from this review. To keep your own level, do nothing.");
        }));
        Div list = new Div();
        list.addClassName("review-rows");
        list.getElement().setAttribute("role", "list");
        comparison.rows().forEach(row -> list.add(row(row)));
        section.add(list);
        return section;
    }

    private Div row(Comparison.Row row) {
        Difference difference = row.difference();
        Div card = new Div();
        card.setId("review-skill-" + row.skillKey());
        card.addClassNames("card", "review-row", flagClass(difference));
        card.getElement().setAttribute("role", "listitem");
        HtmlBlock content = HtmlBlock.of(root -> {
            Element heading = root.appendElement("h3").text(row.skillName());
            if (row.retired()) {
                Markup.badge(heading.appendText(" "), "retired");
            }
            Element levels = root.appendElement("dl").addClass("review-levels").id("review-row-" + row.skillKey());
            level(levels, "Yours (when reviewed)", level(row.ownLevel())).addClass("review-own");
            level(levels, "Reviewer", row.cannotJudge() ? "can't judge" : level(row.reviewerLevel())).addClass("review-reviewer");
            level(levels, "Now", level(row.currentLevel())).addClass("review-now");
            root.appendElement("p").id("review-difference-" + row.skillKey()).addClass("review-flag").addClass(flagClass(difference))
                    .text(difference.label());
            if (row.comment().isPresent()) {
                Element comment = root.appendElement("blockquote").addClass("review-comment");
                comment.appendElement("p").addClass("review-comment-label").text("The reviewer's comment");
                comment.appendElement("p").id("review-comment-" + row.skillKey()).text(row.comment().get());
            }
        });
        card.add(content);
        if (row.canAdopt()) {
            int level = row.reviewerLevel().orElseThrow();
            Button adopt = new Button("Adopt " + ProficiencyLevel.of(level).display(), event -> adopt(row, level));
            adopt.setId("adopt-" + row.skillKey());
            // the visible words first, so that speech input ("click Adopt 4 expert") finds the button
            adopt.getElement().setAttribute("aria-label", adopt.getText() + " for " + row.skillName() + ", the reviewer's level");
            adopt.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(adopt);
        }
        return card;
    }

    /** One term of the levels list: the dd is returned, for its class. */
    private static Element level(Element list, String term, String value) {
        Element item = list.appendElement("div");
        item.appendElement("dt").text(term);
        return item.appendElement("dd").text(value);
    }

    private static String level(Optional<Integer> level) {
        return level.map(value -> ProficiencyLevel.of(value).display()).orElse("not rated");
    }

    static String flagClass(Difference difference) {
        return "review-flag-" + difference.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void adopt(Comparison.Row row, int level) {
        try {
            Comparison now = reviewService.adopt(reviewId, row.skillKey());
            render(now);
            Notifications.saved("Your rating of " + row.skillName() + " is now " + ProficiencyLevel.of(level).display()
                    + ", marked as from this review.");
        } catch (ReviewException | AssessmentException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private static Section fits(Comparison comparison) {
        Section section = new Section();
        section.setId("review-fits-section");
        section.addClassName("article-section");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Your fit three ways");
            root.appendElement("p").id("review-fits-explained").text("“Reviewer's” is your answers with the reviewer's "
                    + "levels put in wherever they gave one; “lower” takes the lower of your level now and the reviewer's "
                    + "for each skill. Your education and your own (custom) skills stay yours in all three.");
            Markup.Table table = Markup.table(root, "review-fits", "Fit in percent for every role and target",
                    List.of("Role or target", "Yours", "Reviewer's", "Lower of the two"));
            for (Comparison.ThreeFits fit : comparison.fits()) {
                table.row(fit.title(), percent(fit.own()), percent(fit.reviewer()), percent(fit.lower()))
                        .id("review-fit-" + fit.key().replace(':', '-'));
            }
        }));
        return section;
    }

    /** A fit as a whole number out of 100, as the fit page shows it. */
    static String percent(double fit) {
        return Math.round(fit) + "%";
    }

    static String percent(OptionalDouble fit) {
        return fit.isPresent() ? percent(fit.getAsDouble()) : "no levels given";
    }

    private Section checkIns(ZoneId zone) {
        Section section = new Section();
        section.setId("review-check-ins");
        section.addClassName("article-section");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Check-ins");
            root.appendElement("p").text("A check-in freezes this comparison as it is now: both sets of levels, the ones "
                    + "you agreed on, the comments and the fits, dated. It never changes afterwards, so you can look back "
                    + "on it or share its Markdown file.");
        }));
        Button freeze = new Button("Freeze as check-in", event -> freeze());
        freeze.setId("freeze-check-in");
        freeze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(freeze);
        actions.addClassName("actions");
        section.add(actions);
        List<CheckIn> mine = reviewService.myCheckInsOf(reviewId);
        if (mine.isEmpty()) {
            section.add(HtmlBlock.of(root -> root.appendElement("p").id("review-no-check-ins")
                    .text("No check-ins of this review yet.")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("review-check-in-list");
            list.addClassName("review-check-in-list");
            for (CheckIn checkIn : mine) {
                ListItem item = new ListItem(new Text(when(checkIn.takenAt(), zone) + " "),
                        CheckInDownload.anchor(reviewService, checkIn.id(), zone));
                item.setId("review-check-in-" + checkIn.id());
                list.add(item);
            }
            section.add(list);
        }
        return section;
    }

    private static String when(Instant instant, ZoneId zone) {
        return PlanFormat.date(LocalDate.ofInstant(instant, zone)) + ", " + TIME.format(instant.atZone(zone));
    }

    private void freeze() {
        try {
            CheckIn checkIn = reviewService.checkIn(reviewId);
            render(shown);
            Notifications.saved("Check-in of " + when(checkIn.takenAt(), currentUser.zone()) + " frozen.");
        } catch (ReviewException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
