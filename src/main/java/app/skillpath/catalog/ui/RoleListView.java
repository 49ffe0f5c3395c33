package app.skillpath.catalog.ui;

import app.skillpath.base.ui.MainLayout;
import app.skillpath.catalog.Article;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Every role of the catalog: title, one-line definition and salary, leading to its full page. */
@Menu(order = 1, title = "Roles", icon = "vaadin:briefcase")
@Route(value = "roles", layout = MainLayout.class)
@PageTitle("Roles" + MainLayout.TITLE_SUFFIX)
@AnonymousAllowed
public class RoleListView extends Main {

    static final DateTimeFormatter ARTICLE_DATE = DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.US);

    public RoleListView(CatalogService catalogService) {
        addClassNames("page", "role-list");

        Article article = catalogService.catalog().article();
        Paragraph source = new Paragraph("From the article “" + article.title() + "”, " + article.readTime() + " · "
                + ARTICLE_DATE.format(article.published()));
        source.addClassName("source-line");
        Paragraph introduction = new Paragraph(article.introduction());
        introduction.addClassName("lead");
        introduction.setId("article-introduction");
        add(source, introduction);

        Div cards = new Div();
        cards.addClassName("card-grid");
        for (Role role : catalogService.roles()) {
            cards.add(card(role));
        }
        add(cards);
    }

    private static Div card(Role role) {
        H2 title = new H2();
        RouterLink link = new RouterLink(role.title(), RoleDetailView.class, new RouteParameters("roleKey", role.key()));
        title.add(link);

        Paragraph summary = new Paragraph(role.summary());
        Span amount = new Span(RoleSections.salary(role));
        amount.addClassName("salary-amount");
        Span source = new Span(role.outlook().salarySource());
        source.addClassName("salary-source");
        Div salary = new Div(amount, source);
        salary.addClassName("salary");

        RouterLink read = new RouterLink("Read every section", RoleDetailView.class, new RouteParameters("roleKey", role.key()));
        read.addClassNames("button-link", "primary");
        Div actions = new Div(read);
        actions.addClassName("actions");

        Div card = new Div(title, summary, salary, actions);
        card.addClassName("card");
        card.setId("role-card-" + role.key());
        return card;
    }
}
