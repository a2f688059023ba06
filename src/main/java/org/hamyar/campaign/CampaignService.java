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
        var rows = paging.beyondIntOffsets() ? Uni.createFrom().item(java.util.List.<Campaign> of()) : all.list();
        return rows.flatMap(items -> all.count().map(total -> new org.hamyar.common.Page<>(
                items.stream().map(CampaignView::of).toList(), paging.page(), paging.size(), total)));
    }

    /** A campaign by its code ({@code salam-mahalleh}), for the pages' addresses; 404 for an unknown one. */
    @WithSession
    public Uni<CampaignView> byCode(String code) {
        return Campaign.<Campaign> find("code", code).firstResult()
                .onItem().ifNull().failWith(ApiException::notFound)
                .map(CampaignView::of);
    }

    @WithSession
    public Uni<CampaignView> get(long id) {
        return Campaign.<Campaign> findById(id)
                .onItem().ifNull().failWith(ApiException::notFound)
                .map(CampaignView::of);
    }
}
