package org.hamyar.campaign;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    @Column(name = "name_fa")
    public String nameFa;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "owner_organisation_fa")
    public String ownerOrganisationFa;
    @Column(name = "owner_organisation_en")
    public String ownerOrganisationEn;
    @Column(name = "description_fa")
    public String descriptionFa;
    @Column(name = "description_en")
    public String descriptionEn;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    public String status;
    /** Empty means national. */
    @Column(name = "province_codes")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] provinceCodes;
}
