package org.pathway.workspace.pages;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.pathway.workspace.config.WorkspaceConfig;

/** The front door: choose your site (or research) to sign in with its realm. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance home(List<SiteLink> sites);
    }

    private final WorkspaceConfig config;

    public HomePage(WorkspaceConfig config) {
        this.config = config;
    }

    @GET
    public TemplateInstance home() {
        List<SiteLink> sites = config.sites().entrySet().stream()
                .map(site -> new SiteLink(site.getKey(), site.getValue().name())).sorted((a, b) -> a.name().compareTo(b.name())).toList();
        return Templates.home(sites);
    }

    public record SiteLink(String id, String name) {
    }
}
