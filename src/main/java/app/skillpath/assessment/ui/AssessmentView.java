package app.skillpath.assessment.ui;

import app.skillpath.assessment.AssessmentService;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.catalog.CatalogService;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The self-assessment: every skill of the catalog once, grouped by area, rated on the anchored 0-4
 * scale; education and tools. Every answer is saved the moment it is given. The roles' required
 * levels are deliberately not shown here, so that they do not sway the answers.
 */
@Route(value = "assessment", layout = MainLayout.class)
@PageTitle("Self-assessment" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class AssessmentView extends Main {

    private static final String INTRO = HtmlBlock.markup(root -> root.appendElement("p").addClass("lead")
            .text("Rate yourself on each skill below, once: every role uses the same answers. Pick the sentence "
                    + "that describes you best. The roles' required levels are not shown here, so they don't sway "
                    + "your answers. Every answer is saved as soon as you give it."));

    public AssessmentView(AssessmentService assessmentService, CatalogService catalogService) {
        addClassNames("page", "assessment");
        add(new HtmlBlock(INTRO), new AssessmentForm(assessmentService, catalogService.catalog(), assessmentService.mine()));
    }
}
