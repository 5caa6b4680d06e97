import pytest

from cvparse.segment.headings import heading_kind


@pytest.mark.parametrize("heading,kind", [
    ("Work Experience", "experience"), ("Employment", "experience"), ("Berufserfahrung", "experience"),
    ("Expérience professionnelle", "experience"), ("Experiencia laboral", "experience"),
    ("Esperienze lavorative", "experience"), ("Experiência profissional", "experience"),
    ("Other Professional Experience", "experience"), ("Teaching Experience", "teaching"),
    ("Education", "education"), ("Formation", "education"), ("Ausbildung", "education"),
    ("Formación académica", "education"), ("Technical Skills", "skills"), ("Kenntnisse", "skills"),
    ("Programming Languages", "skills"), ("Languages", "languages"), ("Sprachen", "languages"),
    ("Idiomas", "languages"), ("Langues", "languages"), ("Awards and Honours", "awards"),
    ("Honors & Awards", "awards"), ("Publications and Preprints", "publications"),
    ("Selected Talks", "talks"), ("Academic Services", "service"), ("Research", "interests"),
    ("Research Interests", "interests"), ("Centres d'intérêt", "interests"), ("Profile", "summary"),
    ("Persönliche Daten", "contact"), ("Certificates", "certifications"), ("Projects", "projects"),
    # Dutch, Polish, Czech, Swedish, Turkish, Danish, Finnish
    ("Werkervaring", "experience"), ("Opleidingen", "education"), ("Talenkennis", "languages"),
    ("Doświadczenie zawodowe", "experience"), ("WYKSZTAŁCENIE", "education"), ("Języki obce", "languages"),
    ("Języki programowania", "skills"), ("Pracovní zkušenosti", "experience"), ("Vzdělání", "education"),
    ("Jazykové znalosti", "languages"), ("Arbetslivserfarenhet", "experience"), ("Utbildning", "education"),
    ("Språkkunskaper", "languages"), ("İş Deneyimi", "experience"), ("EĞİTİM BİLGİLERİ", "education"),
    ("Yabancı Diller", "languages"), ("Ödüller ve Başarılar", "awards"), ("Uddannelse", "education"),
    ("Työkokemus", "experience"), ("Zainteresowania", "interests"), ("Publikationer", "publications"),
    # mentoring and supervising students is teaching, "experience" after it or not
    ("Research Mentorship Experience", "teaching"), ("Student Supervision", "teaching"), ("Advising", "teaching"),
    ("Encadrement", "teaching"),
    # strengths and personal qualities are skills; competitions and accomplishments awards;
    # scientific contributions publications; additional courses certifications
    ("Strengths", "skills"), ("Qualités personnelles", "skills"), ("Tech Stack", "skills"),
    ("Accomplishments", "awards"), ("Competitions", "awards"), ("Contributions scientifiques", "publications"),
    ("Contributed Talks", "talks"), ("Cursos complementarios", "certifications"), ("Weiterbildungen", "certifications"),
    # a Japanese rirekisho's headings
    ("学歴", "education"), ("職歴", "experience"), ("【テクニカルスキル】", "skills"), ("【趣味】", "interests"),
])
def test_heading_kind(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("heading,kind", [
    # two names joined: the first part named leads, whatever the lexicon's priority order
    ("Education & Certifications", "education"), ("Idiomas y certificaciones", "languages"),
    ("Vzdělání a certifikace", "education"), ("Werkervaring & nevenfuncties", "experience"),
    ("Publications / Talks", "publications"), ("Community & Service", "service"),
    # ... unless one lexicon phrase spans the join
    ("Nagrody i wyróżnienia", "awards"), ("Languages and Tools", "skills"),
    # a language adjective makes a skills word a languages heading
    ("Competencias lingüísticas", "languages"), ("Umiejętności językowe", "languages"),
    ("Sprachliche Kompetenzen", "languages"),
    # a teaching word outranks the experience word it qualifies
    ("Experiencia docente", "teaching"), ("Instructional Experience", "teaching"),
])
def test_joined_and_qualified_headings(heading, kind):
    assert heading_kind(heading) == kind


def test_sentences_are_not_headings():
    assert heading_kind("I worked on the education of young engineers in many schools") is None
    assert heading_kind("Quantitative Research Intern") is None


def test_a_section_word_in_the_middle_of_a_title_is_no_heading():
    # Job and degree titles that hold a skills word are not skills headings ...
    for title in ("Senior Software Engineer at Trove", "Software Development Engineer III at AWS",
                  "MEng in Computer Science"):
        assert heading_kind(title) is None, title
    # ... while headings that are mostly, or end in, a section's name keep their kind.
    assert heading_kind("Other Professional Experience") == "experience"
    assert heading_kind("Work Experience (5)") == "experience"
    assert heading_kind("Programming Languages") in ("skills", "languages")
    assert heading_kind("Publications: Journal Articles") == "publications"


def test_a_job_title_under_the_name_is_the_headline_not_a_section():
    # "Software Engineer" in larger grey type under the name: "software" heads skills sections,
    # but the line names a job and the contact line follows it.
    from conftest import make_line

    from cvparse.layout import Layout, Page
    from cvparse.segment import segment

    lines = [make_line("Daniel Example", size=24, bold=True, top=40),
             make_line("Software Engineer", size=13, top=70),
             make_line("Leeds, UK | +44 113 496 0000 | daniel@example.com", top=90),
             make_line("Profile", size=13, bold=True, top=114),
             make_line("Backend engineer with seven years of experience.", top=136),
             make_line("Education", size=13, bold=True, top=160),
             make_line("MSc Computer Science, Some University || 2016 – 2017", top=180)]
    doc = segment(Layout(pages=[Page(number=1, width=600.0, height=800.0, lines=lines)]))
    assert [s.heading for s in doc.sections] == ["Profile", "Education"]
    assert "Software Engineer" in [ln.text for ln in doc.header]


@pytest.mark.parametrize("line", ["Développeur web full stack", "Senior Full Stack Engineer"])
def test_a_job_title_with_a_skills_word_is_no_heading(line):
    assert heading_kind(line) is None
