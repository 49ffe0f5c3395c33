package app.skillpath.account.ui;

import app.skillpath.KaribuTest;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Every route is either explicitly public or needs a login; anonymous visitors of the latter land on the login page. */
class ProtectedRoutesTest extends KaribuTest {

    private static final List<Class<? extends Component>> ROUTES =
            List.copyOf(new Routes().autoDiscoverViews("app.skillpath").getRoutes());

    @Test
    void every_personal_route_sends_an_anonymous_visitor_to_the_login_page() {
        List<Class<? extends Component>> personal = ROUTES.stream()
                .filter(route -> route.isAnnotationPresent(PermitAll.class) || route.isAnnotationPresent(RolesAllowed.class))
                .toList();
        assertThat(personal).contains(AccountView.class, app.skillpath.team.ui.TeamsView.class,
                app.skillpath.team.ui.TeamSettingsView.class);

        for (Class<? extends Component> route : personal) {
            UI.getCurrent().navigate(someAddressOf(route));
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                    .as(route.getSimpleName() + " for an anonymous visitor").isInstanceOf(LoginView.class);
        }
    }

    /** The route's address, with "1" for each parameter a route such as reviews/:reviewId has in its path. */
    private static String someAddressOf(Class<? extends Component> route) {
        String template = RouteConfiguration.forApplicationScope().getTemplate(route).orElseThrow();
        return template.replaceAll(":[A-Za-z0-9_]+\\??(\\([^)]*\\))?", "1");
    }

    @Test
    void every_route_says_who_may_see_it() {
        assertThat(ROUTES).allSatisfy(route -> assertThat(route.isAnnotationPresent(AnonymousAllowed.class)
                || route.isAnnotationPresent(PermitAll.class) || route.isAnnotationPresent(RolesAllowed.class))
                .as(route.getSimpleName() + " has an access annotation").isTrue());
    }

    @Test
    void the_catalog_stays_public() {
        navigate("roles/data-science-manager");

        _get(app.skillpath.catalog.ui.RoleDetailView.class);
    }
}
