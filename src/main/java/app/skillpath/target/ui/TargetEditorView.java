package app.skillpath.target.ui;

import app.skillpath.base.text.UserText;
import app.skillpath.base.ui.ExplainedNotFoundException;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.Notifications;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.CatalogService;
import app.skillpath.plan.ui.PlanView;
import app.skillpath.scoring.ui.FitView;
import app.skillpath.target.MyTargets;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetException;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;

/**
 * Creates a target (/targets/new, blank or {@code ?role=} a catalog role's copy) or edits one of the user's
 * (/targets/target:12/edit). Saving sends the version that was read, so a change made meanwhile in another tab is
 * refused rather than overwritten; a refusal keeps everything the user typed.
 */
@Route(value = "targets/new", layout = MainLayout.class)
@RouteAlias(value = "targets/:" + TargetEditorView.TARGET_KEY + "/edit", layout = MainLayout.class)
@PermitAll
public class TargetEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String TARGET_KEY = "targetKey";
    /** UI data naming a target another page (the posting reader) has just created, to show the way on as after a save here. */
    private static final String JUST_CREATED = TargetEditorView.class.getName() + ".justCreated";

    private final TargetService targetService;
    private final CatalogService catalogService;
    private final HtmlBlock intro = new HtmlBlock(SafeHtml.EMPTY);
    private final HtmlBlock afterSave = new HtmlBlock(SafeHtml.EMPTY);
    private final Div actions = new Div();
    private final Button delete = new Button("Delete target", event -> confirmDelete());
    private TargetForm form;
    /** The stored target being edited, as last read or saved; null while it is a new one. */
    private Target stored;
    private String title = "New target";
    /** Set by a first save, for the navigation to the new target's address that follows. */
    private boolean justCreated;

    public TargetEditorView(TargetService targetService, CatalogService catalogService) {
        this.targetService = targetService;
        this.catalogService = catalogService;
        addClassNames("page", "target-editor");
        intro.setId("target-intro");
        afterSave.setId("target-saved");
        afterSave.setVisible(false);
        afterSave.addClassName("target-saved");
    }

    /** The address of a target's editor. */
    static String editUrl(String targetKey) {
        return RouteConfiguration.forApplicationScope().getUrl(TargetEditorView.class, new RouteParameters(TARGET_KEY, targetKey));
    }

    /** Opens a target another page has just created in its editor, with the links to its fit and plan shown. */
    static void openCreated(UI ui, String targetKey) {
        ComponentUtil.setData(ui, JUST_CREATED, targetKey);
        ui.navigate(TargetEditorView.class, new RouteParameters(TARGET_KEY, targetKey));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Object handedOver = ComponentUtil.getData(event.getUI(), JUST_CREATED);
        ComponentUtil.setData(event.getUI(), JUST_CREATED, null);
        if (handedOver != null && handedOver.equals(event.getRouteParameters().get(TARGET_KEY).orElse(null))) {
            justCreated = true;
        }
        // the router keeps this view when the user asks for a new target while on one: start over
        stored = null;
        title = "New target";
        afterSave.setVisible(false);
        MyTargets mine = targetService.mine();
        form = new TargetForm(catalogService.catalog(), mine.customSkillsByKey());
        form.setId("target-form");
        String note = null;
        var key = event.getRouteParameters().get(TARGET_KEY);
        if (key.isPresent()) {
            // a key that is not one of the user's targets (another user's, a deleted one, a forged value) is simply not found
            stored = targetService.myTarget(key.get()).orElse(null);
            if (stored == null) {
                // quoted and cut short: a forged address of any length is not echoed back in full
                String message = "There is no target " + UserText.quote(key.get()) + " among yours. Your targets are listed under My targets.";
                event.rerouteToError(new ExplainedNotFoundException(message), message);
                return;
            }
            form.setDraft(stored.toDraft());
            title = stored.title();
        } else {
            Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
            TargetDraft draft = TargetDraft.empty();
            String roleKey = query.getOrDefault("role", List.of()).stream().findFirst().orElse(null);
            if (roleKey != null) {
                try {
                    draft = targetService.draftFromRole(roleKey);
                    note = "A copy of the catalog role: change what your target asks for differently, then save.";
                } catch (TargetException e) {
                    Notifications.error(e.getMessage() + " Starting from scratch instead.");
                }
            } else if (query.getOrDefault("from", List.of()).contains("posting")) {
                // the old address of "From a job posting", kept working for bookmarks
                event.forwardTo(PostingView.class);
                return;
            }
            form.setDraft(draft);
        }
        if (stored == null && mine.targets().size() >= TargetService.MAX_TARGETS) {
            note = "You have " + TargetService.MAX_TARGETS + " targets, the most Skillpath keeps: delete one to add another.";
        }
        showIntro(note);
        removeAll();
        add(intro, form, actionBar(), afterSave);
        if (justCreated && stored != null) {
            showAfterSave();
        }
        justCreated = false;
    }

    private void showIntro(String note) {
        String heading = stored == null ? "New target" : "Edit " + stored.title();
        String noteText = note;
        intro.setContent(SafeHtml.build(root -> {
            root.appendElement("h1").text(heading);
            root.appendElement("p").addClass("lead").text("A target is a job posting you want, or a role of your own, "
                    + "shaped like the article's roles: skills with required levels and weights, education and tools. "
                    + "Skillpath scores your fit for it and plans the way there as for any role.");
            if (noteText != null) {
                root.appendElement("p").id("target-note").addClass("callout").text(noteText);
            }
        }));
    }

    private Div actionBar() {
        Button save = new Button("Save target", event -> save());
        save.setId("save-target");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setId("delete-target");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(stored != null);
        Button cancel = new Button("Cancel", event -> getUI().ifPresent(ui -> ui.navigate(TargetsView.class)));
        cancel.setId("cancel-target");
        actions.removeAll();
        actions.add(save, cancel, delete);
        actions.addClassName("target-actions");
        return actions;
    }

    private void save() {
        if (form.titleField().getValue().isBlank()) {
            form.titleField().setInvalid(true);
            form.titleField().setErrorMessage("Give the target a title.");
        }
        try {
            boolean created = stored == null;
            stored = created ? targetService.create(form.draft())
                    : targetService.update(stored.key(), stored.version(), form.draft());
            form.titleField().setInvalid(false);
            title = stored.title();
            delete.setVisible(true);
            Notifications.saved("“" + stored.title() + "” is saved.");
            if (created) {
                // on to the new target's own address, so a reload edits it rather than making another, and the
                // header and tab name it; the router keeps this view, which then shows the way on
                justCreated = true;
                getUI().ifPresent(ui -> ui.navigate(TargetEditorView.class, new RouteParameters(TARGET_KEY, stored.key())));
            } else {
                showIntro(null);
                getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
                showAfterSave();
            }
        } catch (TargetException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showAfterSave() {
        String key = stored.key();
        afterSave.setContent(SafeHtml.build(root -> {
            root.appendElement("p").text("Saved. Your fit for it and a plan are ready when you are:");
            Element links = root.appendElement("div").addClass("actions");
            Markup.link(links, FitView.class, "See your fit").addClass("button-link").id("target-see-fit");
            Markup.link(links, PlanView.class, QueryParameters.of("role", key), "Make a plan").addClass("button-link")
                    .id("target-make-plan");
        }));
        afterSave.setVisible(true);
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog("Delete “" + stored.title() + "”?",
                "The target goes, and so does your learning plan for it. Your own skills stay, with their ratings.",
                "Delete", event -> deleteTarget());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-delete-target");
        dialog.open();
    }

    private void deleteTarget() {
        try {
            targetService.delete(stored.key());
            Notifications.saved("“" + stored.title() + "” and its plan are deleted.");
            getUI().ifPresent(ui -> ui.navigate(TargetsView.class));
        } catch (TargetException e) {
            Notifications.error(e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title + MainLayout.TITLE_SUFFIX;
    }
}
