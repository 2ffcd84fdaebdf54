"""A title alone that the tagger took for a person (`وكيلة`, `دكتورة`, `الفنانة`) is no
name: the person named right after it speaks (stop 36, from ANT seed 2551)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param('وقالت وكيلة وزارة الخزانة سيغال ماندلكر في مؤتمر صحفي "عليكم تشديد '
                     'شبكاتكم المالية وإلزام شركاتكم بإجراء فحوص".',
                     {"وكيلة": "PERS", "سيغال ماندلكر": "PERS"},
                     ("سيغال ماندلكر", "عليكم تشديد شبكاتكم المالية وإلزام شركاتكم بإجراء فحوص"),
                     id="under-secretary"),
        pytest.param('وأضافت دكتورة أخيلة: "هذا الكلام المزدوج يفضح منهجهم تجاه صحة المرأة".',
                     {"دكتورة": "PERS", "أخيلة": "PERS"},
                     ("أخيلة", "هذا الكلام المزدوج يفضح منهجهم تجاه صحة المرأة"), id="doctor"),
        # guard: أمينة is a given name as well as the feminine of أمين
        pytest.param('وقال أمينة وارنر، رئيسة خدمات الحساسية، إن "هناك ضرورة لنشر الوعي '
                     'بمسببات الحساسية".', {"أمينة": "PERS", "وارنر": "PERS"},
                     ("أمينة", "هناك ضرورة لنشر الوعي بمسببات الحساسية"), id="guard-amina"),
    ],
)
def test_a_title_tagged_as_a_person_gives_way_to_the_name_after_it(
        text: str, names: dict[str, str], expected: tuple[str, str]) -> None:
    assert said_everywhere(text, names)[-1] == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param('وكتب مؤسس "فيسبوك" ومديره التنفيذي مارك زوكربرغ على حسابه في الموقع: "نواجه '
                     'هجمات ثابتة من أشخاص يريدون الاستيلاء على حسابات".',
                     {"فيسبوك": "MISC", "مارك زوكربرغ": "PERS"},
                     ("مارك زوكربرغ", "نواجه هجمات ثابتة من أشخاص يريدون الاستيلاء على حسابات"),
                     id="founder-of"),
        pytest.param("وقال مدير مكتب الاتصالات الحكومية جيرمي فليمينغ إن نتائج هذه العمليات كانت "
                     "واسعة النطاق.", {"مكتب الاتصالات الحكومية": "ORG", "جيرمي فليمينغ": "PERS"},
                     ("جيرمي فليمينغ", "نتائج هذه العمليات كانت واسعة النطاق"), id="guard-director-of"),
    ],
)
def test_a_role_of_the_organisation_tagged_after_it_is_no_missed_name(
        text: str, names: dict[str, str], expected: tuple[str, str]) -> None:
    assert said_everywhere(text, names)[-1] == expected
