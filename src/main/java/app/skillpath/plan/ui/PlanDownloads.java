package app.skillpath.plan.ui;

import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanExport;
import app.skillpath.plan.PlanService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/** The plan as a file: Markdown, CSV or a calendar, made when the user asks for it. */
class PlanDownloads extends Div {

    private final PlanService planService;
    private final String roleKey;
    private final String roleTitle;

    PlanDownloads(PlanService planService, String roleKey, String roleTitle) {
        this.planService = planService;
        this.roleKey = roleKey;
        this.roleTitle = roleTitle;
        addClassName("actions");
        add(download("Markdown", "md", PlanExport.MARKDOWN_TYPE, plan -> PlanExport.markdown(plan, roleTitle)),
                download("CSV", "csv", PlanExport.CSV_TYPE, PlanExport::csv),
                download("Calendar (.ics)", "ics", PlanExport.CALENDAR_TYPE, plan -> PlanExport.calendar(plan, roleTitle)));
    }

    private Anchor download(String label, String extension, String type, Function<Plan, String> render) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            // read at download time, for the logged-in user only
            Optional<Plan> plan = planService.myPlan(roleKey);
            if (plan.isEmpty()) {
                // deleted in another tab since this page was drawn: a refusal, not a server error to log
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND, "You have no plan for that role or target any more.");
            }
            byte[] bytes = render.apply(plan.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), PlanExport.fileName(roleKey, roleTitle, extension), type, bytes.length);
        }), "Download " + label);
        anchor.setId("download-" + extension);
        anchor.addClassName("button-link");
        return anchor;
    }
}
