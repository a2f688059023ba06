package org.hamyar.skill;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.skill.SkillResource.SkillList;
import org.hamyar.skill.SkillResource.SkillView;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The skill taxonomy, in its categories' order. */
@ApplicationScoped
public class SkillService {

    @WithSession
    public Uni<SkillList> list() {
        return Skill.<Skill> find("from Skill s join fetch s.category c order by c.sortOrder, s.sortOrder").list()
                .map(skills -> new SkillList(skills.stream().map(SkillView::of).toList()));
    }
}
