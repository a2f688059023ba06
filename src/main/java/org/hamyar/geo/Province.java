package org.hamyar.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

@Entity
@Table(name = "province")
public class Province extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "name_fa")
    public String nameFa;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "capital_fa")
    public String capitalFa;
    @Column(name = "capital_en")
    public String capitalEn;
    public double lat;
    public double lon;
}
