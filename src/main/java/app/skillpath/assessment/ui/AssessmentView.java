package app.skillpath.assessment.ui;

import app.skillpath.assessment.AssessmentService;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.target.MyTargets;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Main;
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
public class AssessmentView extends Composite<Component> {

    private final AssessmentService assessmentService;
    private final AssessmentCatalogJson catalogJson;
    private final TargetService targetService;

    public AssessmentView(AssessmentService assessmentService, AssessmentCatalogJson catalogJson, TargetService targetService) {
        this.assessmentService = assessmentService;
        this.catalogJson = catalogJson;
        this.targetService = targetService;
    }

    /**
     * The page is the form element itself, the page's main landmark: no wrapper components. Only a user with skills
     * of their own gets a main element holding the form and "Your own skills" below it.
     */
    @Override
    protected Component initContent() {
        AssessmentForm form = new AssessmentForm(assessmentService, catalogJson.current(), assessmentService.mine());
        MyTargets mine = targetService.mine();
        if (mine.customSkills().isEmpty()) {
            form.getElement().setAttribute("role", "main");
            form.getElement().getClassList().addAll(List.of("page", "assessment"));
            return form;
        }
        Main page = new Main(form, new CustomSkillsSection(targetService, mine));
        page.addClassNames("page", "assessment");
        return page;
    }
}
