package app.skillpath.assessment.ui;

import app.skillpath.assessment.AssessmentService;
import app.skillpath.base.ui.MainLayout;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The self-assessment: every skill of the catalog once, grouped by area, rated on the anchored 0-4
 * scale; education and tools. Every answer is saved the moment it is given. The roles' required
 * levels are deliberately not shown here, so that they do not sway the answers.
 */
@Menu(order = 3, title = "Self-assessment", icon = "vaadin:check-square-o")
@Route(value = "assessment", layout = MainLayout.class)
@PageTitle("Self-assessment" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class AssessmentView extends Composite<AssessmentForm> {

    private final AssessmentService assessmentService;
    private final AssessmentCatalogJson catalogJson;

    public AssessmentView(AssessmentService assessmentService, AssessmentCatalogJson catalogJson) {
        this.assessmentService = assessmentService;
        this.catalogJson = catalogJson;
    }

    /** The page is the form element itself, the page's main landmark: no wrapper components. */
    @Override
    protected AssessmentForm initContent() {
        AssessmentForm form = new AssessmentForm(assessmentService, catalogJson.current(), assessmentService.mine());
        form.getElement().setAttribute("role", "main");
        form.getElement().getClassList().addAll(List.of("page", "assessment"));
        return form;
    }
}
