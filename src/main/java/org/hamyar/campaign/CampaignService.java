package org.hamyar.campaign;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.PageRequest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CampaignService {

    @WithSession
    public Uni<org.hamyar.common.Page<CampaignView>> list(PageRequest paging) {
        var all = Campaign.<Campaign> findAll(Sort.by("startsOn", Sort.Direction.Descending).and("id"))
                .page(Page.of(paging.page(), paging.size()));
        return all.list().flatMap(items -> all.count().map(total -> new org.hamyar.common.Page<>(
                items.stream().map(CampaignView::of).toList(), paging.page(), paging.size(), total)));
    }

    @WithSession
    public Uni<CampaignView> get(long id) {
        return Campaign.<Campaign> findById(id)
                .onItem().ifNull().failWith(ApiException::notFound)
                .map(CampaignView::of);
    }
}
