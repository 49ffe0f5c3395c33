package app.skillpath.assessment.ui;

import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.SelfAssessment;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.target.MyTargets;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Optional;

/**
 * The self-assessment: every skill of the catalog once, grouped by area, rated on the anchored 0-4
 * scale; education and tools. Every answer is saved the moment it is given. The roles' required
 * levels are deliberately not shown here, so that they do not sway the answers.
 */
@Menu(order = 3, title = "Self-assessment", icon = "vaadin:check-square-o")
@Route(value = "assessment", layout = MainLayout.class)
@PageTitle("Self-assessment" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class AssessmentView extends Composite<Component> implements AfterNavigationObserver {

    /** {@code assessment?skill=statistics} (or {@code custom:7}) opens the page at that skill, as the home page's nudges do. */
    public static final String SKILL_PARAMETER = "skill";


    private final AssessmentService assessmentService;
    private final AssessmentCatalogJson catalogJson;
    private final TargetService targetService;

    /**
     * Scrolls to the skill the address names and marks it. The form is drawn in the browser, so the script waits a
     * few frames for it; a key that names no skill on the page finds no element and does nothing. The key reaches the
     * browser as an argument, never as script text.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(SKILL_PARAMETER)
                .filter(key -> key.length() <= 100)
                .map(key -> key.startsWith("custom:") ? "custom-skill-" + key.replace(':', '-') : "rating-" + key)
                .ifPresent(elementId -> getElement().executeJs(FOCUS_SCRIPT, elementId));
    }

    private static final String FOCUS_SCRIPT = """
            let tries = 0;
            const find = () => {
              const target = document.getElementById($0);
              if (target) {
                target.classList.add('asked');
                const input = target.querySelector('input:checked, input, vaadin-radio-group, vaadin-select');
                if (input) { input.focus({preventScroll: true}); }
                // on a full page load the layout is still settling and loses the first scroll: bring the skill
                // back into view for two seconds, whenever it is out of it
                const settle = left => {
                  const box = target.getBoundingClientRect();
                  if (box.top < 0 || box.bottom > window.innerHeight) { target.scrollIntoView({block: 'center'}); }
                  if (left > 0) { setTimeout(() => settle(left - 1), 250); }
                };
                settle(8);
              } else if (tries++ < 40) {
                requestAnimationFrame(find);
              }
            };
            find();
            """;

    public AssessmentView(AssessmentService assessmentService, AssessmentCatalogJson catalogJson, TargetService targetService) {
        this.assessmentService = assessmentService;
        this.catalogJson = catalogJson;
        this.targetService = targetService;
    }

    /**
     * The page is the form element itself, the page's main landmark: no wrapper components. Only a user with skills
     * of their own, or with answers about entries the catalog has retired, gets a main element holding the form and
     * those sections below it.
     */
    @Override
    protected Component initContent() {
        AssessmentCatalogJson.Built catalog = catalogJson.current();
        SelfAssessment answers = assessmentService.mine();
        AssessmentForm form = new AssessmentForm(assessmentService, catalog, answers);
        Optional<HtmlBlock> retired = RetiredAnswers.of(catalog.catalog(), answers);
        MyTargets mine = targetService.mine();
        if (mine.customSkills().isEmpty() && retired.isEmpty()) {
            form.getElement().setAttribute("role", "main");
            form.getElement().getClassList().addAll(List.of("page", "assessment"));
            return form;
        }
        Main page = new Main(form);
        retired.ifPresent(page::add);
        if (!mine.customSkills().isEmpty()) {
            page.add(new CustomSkillsSection(targetService, mine));
        }
        page.addClassNames("page", "assessment");
        return page;
    }
}
