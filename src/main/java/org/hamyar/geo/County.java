package org.hamyar.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

@Entity
@Table(name = "county")
public class County extends PanacheEntityBase {

    @Id
    public Integer id;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "name_fa")
    public String nameFa;
    @Column(name = "name_en")
    public String nameEn;
    public double lat;
    public double lon;
}
