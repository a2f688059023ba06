package org.hamyar.skill;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;

/** Public: no token needed. */
@PermitAll
@Path("/api/v1/skills")
@Produces(MediaType.APPLICATION_JSON)
public class SkillResource {

    public record CategoryView(String code, String nameFa, String nameEn) {
    }

    public record SkillView(String code, String nameFa, String nameEn, CategoryView category) {
    }

    public record SkillList(List<SkillView> items) {
    }

    private final SkillService skills;

    SkillResource(SkillService skills) {
        this.skills = skills;
    }

    /** The taxonomy is small and fixed by migrations, so it is one list, not a page. */
    @GET
    public Uni<SkillList> list() {
        return skills.list();
    }
}
