"""A hand-made Doc with every structure a template must print (fictional person).

    python -m synth.example TEMPLATE OUT.pdf [--seed N]

renders it through one template: the quickest check while writing a template.
"""
from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

from . import items
from .model import Contact, Doc, Entry, Role, Section


def example_doc() -> Doc:
    exp = Section("experience", "Professional Experience", entries=[
        Entry("Northwind Analytics GmbH", place="Hamburg, Germany", roles=[
            Role("Lead Data Engineer", dates="03/2021 – present", start="2021-03", current=True,
                 bullets=["Designed a streaming pipeline that cut reporting delays from hours to minutes",
                          "Led a team of five engineers across two sites"]),
            Role("Data Engineer", dates="01/2019 – 02/2021", start="2019-01", end="2021-02",
                 bullets=["Migrated the nightly batch jobs to a managed scheduler"]),
        ]),
        Entry("Blue Harbour Consulting", roles=[
            Role("Junior Consultant", dates="09/2016 – 12/2018", start="2016-09", end="2018-12",
                 place="Lyon, France",
                 text="Advised mid-sized retailers on pricing analytics and forecasting, with long wrapped "
                      "descriptions that run over more than one printed line in most templates."),
        ]),
        Entry("Volunteer Fire Brigade Altona", roles=[Role("Radio Operator")]),
    ])
    edu = Section("education", "Education", entries=[
        Entry("University of Leeds", place="Leeds, United Kingdom", roles=[
            Role("MSc in Computer Science", title_parts=[("MSc", "degree"), (" in ", ""),
                                                          ("Computer Science", "field")],
                 dates="2014 – 2016", start="2014", end="2016",
                 thesis="Scalable joins over compressed column stores",
                 bullets=["Graduated with distinction"]),
        ]),
        Entry("Lycée Jean Moulin", roles=[
            Role("Baccalauréat (Sciences)", title_parts=[("Baccalauréat", "degree"), (" (", ""),
                                                          ("Sciences", "field"), (")", "")],
                 dates="2013", start="2013"),
        ]),
    ])
    pubs = Section("publications", "Publications", groups=[("Journal Articles", 0), ("Conference Papers", 1)],
                   items=[
        items.publication(["M. Okafor", "L. Brandt"], "Compressed joins in practice",
                          "Journal of Data Systems 12(3)", "2020", kind="journal", status="published"),
        items.publication(["M. Okafor"], "Streaming windows without tears",
                          "Proceedings of the Conference on Data Engineering", "2022", kind="conference",
                          status="published"),
    ])
    research = Section("other", "Research", children=[
        pubs,
        Section("talks", "Invited Talks", items=[
            items.dated("talks", "Columnar storage for everyone, PyData Berlin", "June 2023", "2023-06"),
        ]),
    ])
    return Doc(
        name="Mara Okafor",
        headline="Data Engineer",
        contacts=[
            Contact("email", "mara.okafor@example.org", link="mailto:mara.okafor@example.org"),
            Contact("phone", "+49 40 1234 5678"),
            Contact("url", "maraokafor.example.org", link="https://maraokafor.example.org"),
            Contact("location", "Hamburg, Germany"),
            Contact("profile", "github.com/mokafor", link="https://github.com/mokafor", network="GitHub"),
        ],
        labels={"phone": "Phone", "email": "Email", "url": "Web", "location": "Address", "thesis": "Thesis"},
        sections=[
            Section("summary", "Profile", text="Data engineer with eight years of experience in streaming "
                    "and batch systems for retail and logistics."),
            exp, edu,
            Section("skills", "Skills", items=[
                items.skills("Languages", ["Python", "SQL", "Scala"]),
                items.skills("Tools", ["Airflow", "Kafka", "dbt", "Spark"], sep=" · "),
            ]),
            Section("languages", "Languages", items=[
                items.language("English", "native"), items.language("German", "C1"),
            ]),
            Section("awards", "Awards", items=[
                items.dated("awards", "Best Paper Award", "2022", "2022", details="Data Engineering Conference"),
            ]),
            research,
            Section("teaching", "Teaching", items=[
                items.teaching("Teaching Assistant", "Databases", "University of Leeds", "2015 – 2016"),
            ]),
            Section("interests", "Interests", items=[items.interest(None, "Sailing, chess, urban gardening")]),
        ],
        academic=True,
    )


def main() -> None:
    from .templates import get
    ap = argparse.ArgumentParser()
    ap.add_argument("template")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        pdf = get(args.template).render(example_doc(), random.Random(args.seed), Path(work))
        shutil.copy(pdf, args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
