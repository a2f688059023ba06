package org.hamyar.skill;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.skill.SkillResource.CategoryView;
import org.hamyar.skill.SkillResource.SkillList;
import org.hamyar.skill.SkillResource.SkillView;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** The skill taxonomy, in its categories' order. */
@ApplicationScoped
public class SkillService {

    private static final String ALL = """
            SELECT s.code, s.name_fa, s.name_en, c.code, c.name_fa, c.name_en
            FROM skill s JOIN skill_category c ON c.code = s.category_code
            ORDER BY c.sort_order, s.sort_order
            """;

    private final Pool pool;

    SkillService(Pool pool) {
        this.pool = pool;
    }

    public Uni<SkillList> list() {
        return pool.preparedQuery(ALL).execute().map(rows -> {
            List<SkillView> skills = new ArrayList<>(rows.size());
            for (Row r : rows) {
                skills.add(new SkillView(r.getString(0), r.getString(1), r.getString(2),
                        new CategoryView(r.getString(3), r.getString(4), r.getString(5))));
            }
            return new SkillList(skills);
        });
    }
}
