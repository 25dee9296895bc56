<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="nl">
<context>
    <name />
    <message>
        <location filename="../gui/reports.py" line="101" />
        <source>Lezen</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="101" />
        <source>Luisteren</source>
        <translation>استماع</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="101" />
        <source>Spreken</source>
        <translation>تحدث</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="108" />
        <source>afgerond</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="109" />
        <source>gestopt</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="110" />
        <source>niet afgemaakt</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="204" />
        <source>Nog geen niveau gemeten.</source>
        <translation>لم يتم قياس المستوى بعد.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="266" />
        <location filename="../gui/reports.py" line="281" />
        <source>Voortgangsverslag</source>
        <translation>تقرير التقدم</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="285" />
        <source>Examen op niveau {level}</source>
        <translation>امتحان المستوى {level}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="287" />
        <source>Groep: {name}</source>
        <translation>المجموعة: {name}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="288" />
        <source>Gemaakt op {date}</source>
        <translation>تاريخ الإنشاء: {date}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="292" />
        <source>Niveau per onderdeel</source>
        <translation>المستوى في كل قسم</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="296" />
        <location filename="../gui/reports.py" line="358" />
        <source>Onderdeel</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="297" />
        <source>Niveau nu</source>
        <translation>المستوى الآن</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="298" />
        <source>Kans A2</source>
        <translation>فرصة النجاح في A2</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="299" />
        <source>Kans B1</source>
        <translation>فرصة النجاح في B1</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="300" />
        <source>Vragen</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="301" />
        <location filename="../gui/reports.py" line="358" />
        <source>Goed</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="302" />
        <source>Minuten</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="323" />
        <source>Niveau in de tijd</source>
        <translation>المستوى عبر الوقت</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="328" />
        <source>Oefenen</source>
        <translation>تدريب</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reports.py" line="333" />
        <source>In totaal %n minuten geoefend</source>
        <translation><numerusform>مجموع وقت التدريب بالدقائق: %n</numerusform>
            <numerusform>مجموع وقت التدريب بالدقائق: %n</numerusform>
            <numerusform>مجموع وقت التدريب بالدقائق: %n</numerusform>
            <numerusform>مجموع وقت التدريب بالدقائق: %n</numerusform>
            <numerusform>مجموع وقت التدريب بالدقائق: %n</numerusform>
            <numerusform>مجموع وقت التدريب بالدقائق: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reports.py" line="335" />
        <source>%n vragen gemaakt.</source>
        <translation><numerusform>عدد الأسئلة التي تمت الإجابة عنها: %n.</numerusform>
            <numerusform>عدد الأسئلة التي تمت الإجابة عنها: %n.</numerusform>
            <numerusform>عدد الأسئلة التي تمت الإجابة عنها: %n.</numerusform>
            <numerusform>عدد الأسئلة التي تمت الإجابة عنها: %n.</numerusform>
            <numerusform>عدد الأسئلة التي تمت الإجابة عنها: %n.</numerusform>
            <numerusform>عدد الأسئلة التي تمت الإجابة عنها: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="338" />
        <source>Laatst geoefend op {date}.</source>
        <translation>آخر تدريب: {date}.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="348" />
        <source>Spreken: {rated} opnames beoordeeld door de docent, {passed} voldoende; {waiting} wachten nog op beoordeling.</source>
        <translation>التحدث: تسجيلات قيّمها المعلم: {rated}، منها كافية: {passed}. تسجيلات تنتظر التقييم: {waiting}.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="355" />
        <source>Proefexamens</source>
        <translation>الامتحانات التجريبية</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="358" />
        <source>Datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="358" />
        <source>Niveau</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="358" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="366" />
        <source>{good} van {n}</source>
        <translation>{good} من {n}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="371" />
        <source>Nog geen proefexamen gemaakt.</source>
        <translation>لم يتم إجراء امتحان تجريبي بعد.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="381" />
        <source>examtrainer is een oefenprogramma. De niveaus en kansen zijn schattingen uit de oefeningen, geen uitslag van DUO.</source>
        <translation>examtrainer برنامج للتدريب. المستويات والفرص تقديرات من التمارين، وليست نتيجة من مكتب الامتحانات الرسمي ⁦(DUO)⁩.</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../gui/widgets/audio.py" line="207" />
        <source>Pauze</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="212" />
        <source>Verder luisteren</source>
        <translation>متابعة الاستماع</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="214" />
        <source>Luisteren</source>
        <translation>استماع</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="216" />
        <source>Nog een keer luisteren</source>
        <translation>الاستماع مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="218" />
        <source>Geluisterd</source>
        <translation>تم الاستماع</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="228" />
        <source>U heeft het fragment al %n keer gehoord.</source>
        <translation><numerusform>لقد استمعت إلى المقطع الصوتي. عدد المرات: %n.</numerusform>
            <numerusform>لقد استمعت إلى المقطع الصوتي. عدد المرات: %n.</numerusform>
            <numerusform>لقد استمعت إلى المقطع الصوتي. عدد المرات: %n.</numerusform>
            <numerusform>لقد استمعت إلى المقطع الصوتي. عدد المرات: %n.</numerusform>
            <numerusform>لقد استمعت إلى المقطع الصوتي. عدد المرات: %n.</numerusform>
            <numerusform>لقد استمعت إلى المقطع الصوتي. عدد المرات: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="232" />
        <source>U mag het fragment %n keer horen.</source>
        <translation><numerusform>يمكنك الاستماع إلى المقطع الصوتي. عدد المرات المسموح بها: %n.</numerusform>
            <numerusform>يمكنك الاستماع إلى المقطع الصوتي. عدد المرات المسموح بها: %n.</numerusform>
            <numerusform>يمكنك الاستماع إلى المقطع الصوتي. عدد المرات المسموح بها: %n.</numerusform>
            <numerusform>يمكنك الاستماع إلى المقطع الصوتي. عدد المرات المسموح بها: %n.</numerusform>
            <numerusform>يمكنك الاستماع إلى المقطع الصوتي. عدد المرات المسموح بها: %n.</numerusform>
            <numerusform>يمكنك الاستماع إلى المقطع الصوتي. عدد المرات المسموح بها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="236" />
        <source>U mag het nog %n keer horen.</source>
        <translation><numerusform>يمكنك الاستماع مرة أخرى. عدد المرات المتبقية: %n.</numerusform>
            <numerusform>يمكنك الاستماع مرة أخرى. عدد المرات المتبقية: %n.</numerusform>
            <numerusform>يمكنك الاستماع مرة أخرى. عدد المرات المتبقية: %n.</numerusform>
            <numerusform>يمكنك الاستماع مرة أخرى. عدد المرات المتبقية: %n.</numerusform>
            <numerusform>يمكنك الاستماع مرة أخرى. عدد المرات المتبقية: %n.</numerusform>
            <numerusform>يمكنك الاستماع مرة أخرى. عدد المرات المتبقية: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BanksTab</name>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="97" />
        <source>meegeleverd</source>
        <translation>مرفق مع البرنامج</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="97" />
        <source>geïmporteerd</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="124" />
        <source>Bestand met vragen kiezen</source>
        <translation>اختر ملفًا فيه أسئلة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="126" />
        <location filename="../gui/teacher/banks_tab.py" line="331" />
        <source>Vragen</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="135" />
        <source>Het bestand wordt gecontroleerd…</source>
        <translation>جارٍ فحص الملف…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="171" />
        <source>Bezig met installeren…</source>
        <translation>جارٍ التثبيت…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/banks_tab.py" line="175" />
        <source>Geïnstalleerd: {title} (%n vragen).</source>
        <translation><numerusform>تم التثبيت: {title} (عدد الأسئلة: %n).</numerusform>
            <numerusform>تم التثبيت: {title} (عدد الأسئلة: %n).</numerusform>
            <numerusform>تم التثبيت: {title} (عدد الأسئلة: %n).</numerusform>
            <numerusform>تم التثبيت: {title} (عدد الأسئلة: %n).</numerusform>
            <numerusform>تم التثبيت: {title} (عدد الأسئلة: %n).</numerusform>
            <numerusform>تم التثبيت: {title} (عدد الأسئلة: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/banks_tab.py" line="199" />
        <source>Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. Ze gaven al %n antwoorden op deze vragen. Die antwoorden blijven bewaard in hun resultaten.</source>
        <translation><numerusform>هل تريد حذف بنك الأسئلة '{title}'؟ لن يحصل المتعلمون على أسئلته بعد الآن. عدد الإجابات التي أعطوها على هذه الأسئلة: %n. تبقى هذه الإجابات محفوظة في نتائجهم.</numerusform>
            <numerusform>هل تريد حذف بنك الأسئلة '{title}'؟ لن يحصل المتعلمون على أسئلته بعد الآن. عدد الإجابات التي أعطوها على هذه الأسئلة: %n. تبقى هذه الإجابات محفوظة في نتائجهم.</numerusform>
            <numerusform>هل تريد حذف بنك الأسئلة '{title}'؟ لن يحصل المتعلمون على أسئلته بعد الآن. عدد الإجابات التي أعطوها على هذه الأسئلة: %n. تبقى هذه الإجابات محفوظة في نتائجهم.</numerusform>
            <numerusform>هل تريد حذف بنك الأسئلة '{title}'؟ لن يحصل المتعلمون على أسئلته بعد الآن. عدد الإجابات التي أعطوها على هذه الأسئلة: %n. تبقى هذه الإجابات محفوظة في نتائجهم.</numerusform>
            <numerusform>هل تريد حذف بنك الأسئلة '{title}'؟ لن يحصل المتعلمون على أسئلته بعد الآن. عدد الإجابات التي أعطوها على هذه الأسئلة: %n. تبقى هذه الإجابات محفوظة في نتائجهم.</numerusform>
            <numerusform>هل تريد حذف بنك الأسئلة '{title}'؟ لن يحصل المتعلمون على أسئلته بعد الآن. عدد الإجابات التي أعطوها على هذه الأسئلة: %n. تبقى هذه الإجابات محفوظة في نتائجهم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="206" />
        <source>Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. Er zijn nog geen antwoorden op gegeven.</source>
        <translation>هل تريد حذف بنك الأسئلة '{title}'؟ لن يحصل المتعلمون على أسئلته بعد الآن. لم تُعطَ أي إجابات عليها بعد.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="214" />
        <source>Itembank verwijderen</source>
        <translation>حذف بنك الأسئلة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="216" />
        <source>Verwijderen</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="217" />
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="234" />
        <source>Verwijderd: {id}</source>
        <translation>تم الحذف: {id}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="268" />
        <source>Itembank opslaan als zip</source>
        <translation>حفظ بنك الأسئلة كملف zip</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="274" />
        <source>Kies een lege map voor de itembank</source>
        <translation>اختر مجلدًا فارغًا لبنك الأسئلة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="296" />
        <source>Itembank opslaan voor Moodle</source>
        <translation>حفظ بنك الأسئلة لـ Moodle</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="298" />
        <source>Itembank opslaan als QTI-pakket</source>
        <translation>حفظ بنك الأسئلة كحزمة QTI</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="311" />
        <location filename="../gui/teacher/banks_tab.py" line="321" />
        <source>Opgeslagen: {path}</source>
        <translation>تم الحفظ: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="328" />
        <source>Titel</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="329" />
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="330" />
        <source>Versie</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="332" />
        <source>Lezen</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="333" />
        <source>Luisteren</source>
        <translation>استماع</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="334" />
        <source>Spreken</source>
        <translation>تحدث</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="335" />
        <source>Soort</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="338" />
        <source>Importeren…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="339" />
        <source>Exporteren naar map…</source>
        <translation>تصدير إلى مجلد…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="340" />
        <source>Exporteren als zip…</source>
        <translation>تصدير كملف zip…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="341" />
        <source>Voor Moodle (XML)…</source>
        <translation>لـ Moodle ‏⁦(XML)⁩…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="342" />
        <source>Als QTI 3.0…</source>
        <translation>بصيغة QTI 3.0…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="343" />
        <source>Verwijderen…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="344" />
        <source>Eigen stem…</source>
        <translation>صوتك الخاص…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="347" />
        <source>Neem uw eigen stem op voor luisterfragmenten en voorbeeldantwoorden. Dat kan in uw eigen itembanken. Een meegeleverde bank: exporteer haar en importeer haar als uw eigen bank.</source>
        <translation>سجّل صوتك الخاص للمقاطع الصوتية والإجابات النموذجية. هذا ممكن في بنوك الأسئلة الخاصة بك. للبنك المرفق: صدّره ثم استورده كبنك خاص بك.</translation>
    </message>
</context>
<context>
    <name>CheckAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="62" />
        <source>Er zijn meer goede antwoorden. Kies ze allemaal.</source>
        <translation>هناك أكثر من إجابة صحيحة. اختر كل الإجابات الصحيحة.</translation>
    </message>
</context>
<context>
    <name>ExamLadder</name>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="127" />
        <source>Op weg naar het examen</source>
        <translation>في الطريق إلى الامتحان</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="128" />
        <source>Examen oefenen</source>
        <translation>التدريب على الامتحان</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="129" />
        <source>Verder met uw examen</source>
        <translation>تابع امتحانك</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="139" />
        <source>Begin met de korte test.</source>
        <translation>ابدأ بالاختبار القصير.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="139" />
        <source>Korte test</source>
        <translation>اختبار قصير</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="140" />
        <source>Oefen eerst zonder tijd.</source>
        <translation>تدرّب أولًا بدون وقت محدد.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="140" />
        <source>Oefenen</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="142" />
        <source>Probeer een korte oefenset met tijd.</source>
        <translation>جرّب مجموعة تمارين قصيرة بوقت محدد.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="143" />
        <source>Oefenset met tijd</source>
        <translation>مجموعة تمارين بوقت محدد</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="146" />
        <source>U bent klaar voor een heel proefexamen.</source>
        <translation>أنت مستعد لامتحان تجريبي كامل.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="147" />
        <source>Proefexamen</source>
        <translation>امتحان تجريبي</translation>
    </message>
</context>
<context>
    <name>ExamResultScreen</name>
    <message>
        <location filename="../gui/screens/exam_result.py" line="169" />
        <source>(geen antwoord)</source>
        <translation>(لا توجد إجابة)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="171" />
        <source>uw opname</source>
        <translation>تسجيلك</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="171" />
        <source>(geen opname)</source>
        <translation>(لا يوجد تسجيل)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="178" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>على الأرجح أنت مستعد لهذا القسم من الامتحان.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="180" />
        <source>U bent goed op weg. Met wat meer oefening lukt het.</source>
        <translation>أنت تتقدم بشكل جيد. مع تدريب أكثر قليلًا ستنجح.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="181" />
        <source>U heeft nog oefening nodig. Oefen elke dag een beetje.</source>
        <translation>ما زلت تحتاج إلى تدريب. تدرّب قليلًا كل يوم.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="188" />
        <source>Heel goed gedaan! Blijf zo oefenen, dan houdt u dit niveau vast.</source>
        <translation>أحسنت جدًا! استمر في التدريب هكذا، وستحافظ على هذا المستوى.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="208" />
        <source>Oefen elke dag een beetje. Korte stukjes helpen al.</source>
        <translation>تدرّب قليلًا كل يوم. حتى التمارين القصيرة تساعد.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="219" />
        <source>Uw uitslag: {title}</source>
        <translation>نتيجتك: {title}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="221" />
        <source>Terug naar het begin</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="223" />
        <source>De tijd was om. Wat u had ingevuld, telt mee.</source>
        <translation>انتهى الوقت. ما أجبت عنه يُحتسب.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="225" />
        <source>U heeft het examen ingeleverd.</source>
        <translation>لقد سلّمت الامتحان.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="230" />
        <source>Deel 1 (inspreken)</source>
        <translation>الجزء 1 (تسجيل الإجابات)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="231" />
        <source>Deel 2 (reactie kiezen)</source>
        <translation>الجزء 2 (اختيار الرد)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="232" />
        <source>Korte opdrachten</source>
        <translation>مهام قصيرة</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="233" />
        <source>Middellange opdrachten</source>
        <translation>مهام متوسطة الطول</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="235" />
        <source>{raw} van de {total} goed</source>
        <translation>{raw} من {total} صحيحة</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="242" />
        <source>Geschat niveau: {level}</source>
        <translation>المستوى التقديري: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="245" />
        <source>Geschatte score: {score} (voldoende is {cut})</source>
        <translation>الدرجة التقديرية: {score} (درجة النجاح: {cut})</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="254" />
        <source>Kans om te slagen: {chance}.</source>
        <translation>فرصة النجاح: {chance}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="259" />
        <source>Beoordeel eerst uw opnames. Dan kunnen we iets schatten.</source>
        <translation>قيّم تسجيلاتك أولًا. بعد ذلك يمكننا أن نقدّر النتيجة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="262" />
        <source>Dit is een schatting van dit programma. Het is geen officiële uitslag. Bij het echte examen kan het anders gaan.</source>
        <translation>هذا تقدير من هذا البرنامج. ليس نتيجة رسمية. قد تكون النتيجة مختلفة في الامتحان الحقيقي.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="191" />
        <source>Oefen nog wat meer met het onderwerp {theme}. Daar had u %n fouten.</source>
        <translation><numerusform>تدرّب أكثر قليلًا على موضوع {theme}. عدد أخطائك فيه: %n.</numerusform>
            <numerusform>تدرّب أكثر قليلًا على موضوع {theme}. عدد أخطائك فيه: %n.</numerusform>
            <numerusform>تدرّب أكثر قليلًا على موضوع {theme}. عدد أخطائك فيه: %n.</numerusform>
            <numerusform>تدرّب أكثر قليلًا على موضوع {theme}. عدد أخطائك فيه: %n.</numerusform>
            <numerusform>تدرّب أكثر قليلًا على موضوع {theme}. عدد أخطائك فيه: %n.</numerusform>
            <numerusform>تدرّب أكثر قليلًا على موضوع {theme}. عدد أخطائك فيه: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="194" />
        <source>Oefen nog wat meer met {kind}. Daar had u %n fouten.</source>
        <translation><numerusform>تدرّب أكثر قليلًا على {kind}. عدد أخطائك فيه: %n.</numerusform>
            <numerusform>تدرّب أكثر قليلًا على {kind}. عدد أخطائك فيه: %n.</numerusform>
            <numerusform>تدرّب أكثر قليلًا على {kind}. عدد أخطائك فيه: %n.</numerusform>
            <numerusform>تدرّب أكثر قليلًا على {kind}. عدد أخطائك فيه: %n.</numerusform>
            <numerusform>تدرّب أكثر قليلًا على {kind}. عدد أخطائك فيه: %n.</numerusform>
            <numerusform>تدرّب أكثر قليلًا على {kind}. عدد أخطائك فيه: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="197" />
        <source>U heeft %n vragen niet beantwoord. Geef altijd een antwoord. Een gok kan ook goed zijn.</source>
        <translation><numerusform>عدد الأسئلة التي لم تجب عنها: %n. أجب دائمًا. التخمين قد يكون صحيحًا أيضًا.</numerusform>
            <numerusform>عدد الأسئلة التي لم تجب عنها: %n. أجب دائمًا. التخمين قد يكون صحيحًا أيضًا.</numerusform>
            <numerusform>عدد الأسئلة التي لم تجب عنها: %n. أجب دائمًا. التخمين قد يكون صحيحًا أيضًا.</numerusform>
            <numerusform>عدد الأسئلة التي لم تجب عنها: %n. أجب دائمًا. التخمين قد يكون صحيحًا أيضًا.</numerusform>
            <numerusform>عدد الأسئلة التي لم تجب عنها: %n. أجب دائمًا. التخمين قد يكون صحيحًا أيضًا.</numerusform>
            <numerusform>عدد الأسئلة التي لم تجب عنها: %n. أجب دائمًا. التخمين قد يكون صحيحًا أيضًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="203" />
        <source>Luister naar uw %n opnames en zeg of ze goed waren. Of vraag uw docent om te luisteren.</source>
        <translation><numerusform>استمع إلى تسجيلاتك (عددها: %n) وقل هل كانت جيدة. أو اطلب من معلمك أن يستمع إليها.</numerusform>
            <numerusform>استمع إلى تسجيلاتك (عددها: %n) وقل هل كانت جيدة. أو اطلب من معلمك أن يستمع إليها.</numerusform>
            <numerusform>استمع إلى تسجيلاتك (عددها: %n) وقل هل كانت جيدة. أو اطلب من معلمك أن يستمع إليها.</numerusform>
            <numerusform>استمع إلى تسجيلاتك (عددها: %n) وقل هل كانت جيدة. أو اطلب من معلمك أن يستمع إليها.</numerusform>
            <numerusform>استمع إلى تسجيلاتك (عددها: %n) وقل هل كانت جيدة. أو اطلب من معلمك أن يستمع إليها.</numerusform>
            <numerusform>استمع إلى تسجيلاتك (عددها: %n) وقل هل كانت جيدة. أو اطلب من معلمك أن يستمع إليها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="237" />
        <source>(%n opnames nog niet beoordeeld)</source>
        <translation><numerusform>(تسجيلات لم يتم تقييمها بعد: %n)</numerusform>
            <numerusform>(تسجيلات لم يتم تقييمها بعد: %n)</numerusform>
            <numerusform>(تسجيلات لم يتم تقييمها بعد: %n)</numerusform>
            <numerusform>(تسجيلات لم يتم تقييمها بعد: %n)</numerusform>
            <numerusform>(تسجيلات لم يتم تقييمها بعد: %n)</numerusform>
            <numerusform>(تسجيلات لم يتم تقييمها بعد: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="267" />
        <source>Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed is genoeg. Dat is geen officiële grens.</source>
        <translation><numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform>
            <numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform>
            <numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform>
            <numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform>
            <numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform>
            <numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="273" />
        <source>Ons advies</source>
        <translation>نصيحتنا</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="275" />
        <source>Alle vragen nog eens bekijken</source>
        <translation>مراجعة كل الأسئلة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="278" />
        <source>nog niet beoordeeld</source>
        <translation>لم يتم تقييمه بعد</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="280" />
        <source>niet beantwoord</source>
        <translation>بدون إجابة</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="282" />
        <source>goed</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="284" />
        <source>fout</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="289" />
        <source>{mark} Vraag {n}: {verdict}</source>
        <translation>{mark} السؤال {n}: {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="295" />
        <source>Uw antwoord: {answer}</source>
        <translation>إجابتك: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="300" />
        <source>Een goed antwoord: {answer}</source>
        <translation>إجابة جيدة: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="302" />
        <source>Het goede antwoord: {answer}</source>
        <translation>الإجابة الصحيحة: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="308" />
        <source>Mijn antwoord was goed</source>
        <translation>كانت إجابتي جيدة</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="309" />
        <source>Mijn antwoord was niet goed</source>
        <translation>لم تكن إجابتي جيدة</translation>
    </message>
</context>
<context>
    <name>ExamSoundCheck</name>
    <message>
        <location filename="../gui/screens/exam_window.py" line="66" />
        <source>Test eerst uw koptelefoon en uw microfoon, net als bij het echte examen. Het examen is nog niet begonnen.</source>
        <translation>اختبر سماعة الرأس والميكروفون أولًا، كما في الامتحان الحقيقي. الامتحان لم يبدأ بعد.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="71" />
        <source>Verder</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>ExamStartScreen</name>
    <message>
        <location filename="../gui/screens/exam_start.py" line="293" />
        <source>Adem in…</source>
        <translation>خذ نفسًا…</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="293" />
        <source>Adem uit…</source>
        <translation>أخرج النفس…</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="295" />
        <location filename="../gui/screens/exam_start.py" line="380" />
        <source>Overslaan</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="356" />
        <source>Dit is een oefening. Er gaat niets mis als het niet goed gaat. Een beetje zenuwen is normaal: ze helpen u om scherp te zijn.</source>
        <translation>هذا تدريب. لا مشكلة إذا لم يسر الأمر جيدًا. القليل من التوتر أمر طبيعي: فهو يساعدك على التركيز.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="360" />
        <source>Examen:</source>
        <translation>الامتحان:</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="361" />
        <source>A2 (inburgeringsexamen)</source>
        <translation>امتحان الاندماج ⁦(inburgeringsexamen)⁩، المستوى A2</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="362" />
        <source>B1 (Staatsexamen NT2 I)</source>
        <translation>امتحان الدولة للهولندية كلغة ثانية ⁦(Staatsexamen NT2 I)⁩، المستوى B1</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="363" />
        <source>Onderdeel:</source>
        <translation>القسم:</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="364" />
        <source>Lezen</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="365" />
        <source>Luisteren</source>
        <translation>استماع</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="366" />
        <source>Spreken</source>
        <translation>تحدث</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="367" />
        <source>Wat gaat er gebeuren?</source>
        <translation>ماذا سيحدث؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="372" />
        <source>Dit is een korte oefenset met tijd. Het is geen heel examen.</source>
        <translation>هذه مجموعة تمارين قصيرة بوقت محدد. ليست امتحانًا كاملًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="375" />
        <source>Eerst rustig ademhalen?</source>
        <translation>هل تريد أن تتنفس بهدوء أولًا؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="377" />
        <source>Adem een minuut rustig mee met de cirkel. Dat helpt tegen zenuwen.</source>
        <translation>تنفّس بهدوء مع الدائرة لمدة دقيقة. هذا يساعد على تخفيف التوتر.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="382" />
        <source>Goed gedaan. U bent klaar om te beginnen.</source>
        <translation>أحسنت. أنت مستعد للبدء.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="383" />
        <source>Nog een keer ademhalen</source>
        <translation>التنفس مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="385" />
        <source>Adem een minuut mee</source>
        <translation>تنفّس معنا لمدة دقيقة</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="386" />
        <source>Wat wilt u?</source>
        <translation>ماذا تريد؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="387" />
        <source>Laat de klok zien</source>
        <translation>إظهار الساعة</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="388" />
        <source>Geluid van een examenzaal</source>
        <translation>أصوات قاعة الامتحان</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="390" />
        <source>In de examenzaal praten andere mensen soms. Zo went u daaraan.</source>
        <translation>في قاعة الامتحان يتكلم أشخاص آخرون أحيانًا. هكذا تتعود على ذلك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="392" />
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="394" />
        <source>Begin de oefenset</source>
        <translation>ابدأ مجموعة التمارين</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="394" />
        <source>Begin het examen</source>
        <translation>ابدأ الامتحان</translation>
    </message>
</context>
<context>
    <name>ExamWindow</name>
    <message>
        <location filename="../gui/screens/exam_window.py" line="314" />
        <source>Dit is een oefenvraag. Hij telt niet mee. De tijd loopt nog niet.</source>
        <translation>هذا سؤال تدريبي. لا يُحتسب. الوقت لم يبدأ بعد.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="319" />
        <source>Oefenvraag {n} van {total}</source>
        <translation>السؤال التدريبي {n} من {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="341" />
        <source>Vraag {n}</source>
        <translation>السؤال {n}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="385" />
        <location filename="../gui/screens/exam_window.py" line="395" />
        <location filename="../gui/screens/exam_window.py" line="744" />
        <source>Volgende</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="391" />
        <source>Vraag {n} van {total}</source>
        <translation>السؤال {n} من {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="449" />
        <source>Let op</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="557" />
        <source>Kijk of u alle vragen heeft beantwoord.</source>
        <translation>تأكد أنك أجبت عن كل الأسئلة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="567" />
        <source>Tijd: {time}</source>
        <translation>الوقت: {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="554" />
        <source>Nog %n minuten.</source>
        <translation><numerusform>الدقائق المتبقية: %n.</numerusform>
            <numerusform>الدقائق المتبقية: %n.</numerusform>
            <numerusform>الدقائق المتبقية: %n.</numerusform>
            <numerusform>الدقائق المتبقية: %n.</numerusform>
            <numerusform>الدقائق المتبقية: %n.</numerusform>
            <numerusform>الدقائق المتبقية: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="433" />
        <source>Uw opname is niet bewaard. Het opslaan ging mis.</source>
        <translation>لم يتم حفظ تسجيلك. حدث خطأ أثناء الحفظ.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="435" />
        <source>Uw antwoord is niet bewaard. Het opslaan ging mis.</source>
        <translation>لم يتم حفظ إجابتك. حدث خطأ أثناء الحفظ.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="438" />
        <source>De schijf is vol.</source>
        <translation>القرص ممتلئ.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="440" />
        <source>De opdracht begint opnieuw. Lukt het niet? Vraag dan hulp.</source>
        <translation>تبدأ المهمة من جديد. إذا لم ينجح ذلك، فاطلب المساعدة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="442" />
        <source>Kies uw antwoord nog een keer. Lukt het niet? Vraag dan hulp.</source>
        <translation>اختر إجابتك مرة أخرى. إذا لم ينجح ذلك، فاطلب المساعدة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="480" />
        <source>Dit examen is nu open in een ander venster.</source>
        <translation>هذا الامتحان مفتوح الآن في نافذة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="482" />
        <source>U kunt daar verder gaan. Dit venster stopt.</source>
        <translation>يمكنك المتابعة هناك. هذه النافذة تتوقف.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="602" />
        <source>U heeft %n vragen nog niet beantwoord.</source>
        <translation><numerusform>عدد الأسئلة التي لم تجب عنها بعد: %n.</numerusform>
            <numerusform>عدد الأسئلة التي لم تجب عنها بعد: %n.</numerusform>
            <numerusform>عدد الأسئلة التي لم تجب عنها بعد: %n.</numerusform>
            <numerusform>عدد الأسئلة التي لم تجب عنها بعد: %n.</numerusform>
            <numerusform>عدد الأسئلة التي لم تجب عنها بعد: %n.</numerusform>
            <numerusform>عدد الأسئلة التي لم تجب عنها بعد: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="604" />
        <source>Die tellen als fout.</source>
        <translation>هذه تُحتسب خطأ.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="607" />
        <source>U heeft alle vragen beantwoord.</source>
        <translation>لقد أجبت عن كل الأسئلة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="608" />
        <source>Na het inleveren kunt u niets meer veranderen.</source>
        <translation>بعد التسليم لا يمكنك تغيير أي شيء.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="611" />
        <source>Examen inleveren?</source>
        <translation>هل تريد تسليم الامتحان؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="613" />
        <location filename="../gui/screens/exam_window.py" line="745" />
        <source>Inleveren</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="614" />
        <source>Terug naar het examen</source>
        <translation>العودة إلى الامتحان</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="625" />
        <source>Stoppen met het examen?</source>
        <translation>هل تريد إيقاف الامتحان؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="626" />
        <source>Uw antwoorden zijn bewaard. U kunt later verder gaan.</source>
        <translation>إجاباتك محفوظة. يمكنك المتابعة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="628" />
        <source>De tijd staat stil tot u verder gaat.</source>
        <translation>يتوقف الوقت حتى تتابع.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="629" />
        <location filename="../gui/screens/exam_window.py" line="726" />
        <source>Stoppen</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="630" />
        <source>Verder met het examen</source>
        <translation>متابعة الامتحان</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="451" />
        <location filename="../gui/screens/exam_window.py" line="727" />
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="728" />
        <source>Zo gaat het examen</source>
        <translation>هكذا يسير الامتحان</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="730" />
        <source>Lees alles rustig. Klik op 'Beginnen' als u klaar bent.</source>
        <translation>اقرأ كل شيء بهدوء. انقر على «ابدأ» عندما تكون مستعدًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="731" />
        <source>Beginnen</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="732" />
        <source>De oefenvragen zijn klaar</source>
        <translation>انتهت الأسئلة التدريبية</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="735" />
        <source>Nu begint het echte examen. De tijd loopt vanaf nu. U heeft %n minuten.</source>
        <translation><numerusform>الآن يبدأ الامتحان الحقيقي. الوقت يبدأ من الآن. الوقت المتاح بالدقائق: %n.</numerusform>
            <numerusform>الآن يبدأ الامتحان الحقيقي. الوقت يبدأ من الآن. الوقت المتاح بالدقائق: %n.</numerusform>
            <numerusform>الآن يبدأ الامتحان الحقيقي. الوقت يبدأ من الآن. الوقت المتاح بالدقائق: %n.</numerusform>
            <numerusform>الآن يبدأ الامتحان الحقيقي. الوقت يبدأ من الآن. الوقت المتاح بالدقائق: %n.</numerusform>
            <numerusform>الآن يبدأ الامتحان الحقيقي. الوقت يبدأ من الآن. الوقت المتاح بالدقائق: %n.</numerusform>
            <numerusform>الآن يبدأ الامتحان الحقيقي. الوقت يبدأ من الآن. الوقت المتاح بالدقائق: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="740" />
        <source>Doe rustig uw best. Succes!</source>
        <translation>ابذل جهدك بهدوء. بالتوفيق!</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="742" />
        <source>Start het examen</source>
        <translation>ابدأ الامتحان</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="743" />
        <source>Vorige</source>
        <translation>السابق</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="86" />
        <source>Alle leerlingen</source>
        <translation>كل الطلاب</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="88" />
        <source>Groep: {name}</source>
        <translation>المجموعة: {name}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="90" />
        <source>Leerling: {name}</source>
        <translation>الطالب: {name}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="111" />
        <source>Opslaan als</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="130" />
        <location filename="../gui/teacher/export_tab.py" line="145" />
        <source>Bezig…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="153" />
        <source>Opgeslagen: {path}</source>
        <translation>تم الحفظ: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="156" />
        <source>Resultaten van:</source>
        <translation>نتائج:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="157" />
        <source>Opslaan als CSV…</source>
        <translation>حفظ كملف CSV…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="158" />
        <source>Opslaan als Excel (XLSX)…</source>
        <translation>حفظ كملف Excel ⁦(XLSX)⁩…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="159" />
        <source>Voortgangsverslag (PDF)…</source>
        <translation>تقرير التقدم ⁦(PDF)⁩…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="161" />
        <source>Eén regel per leerling en onderdeel. Opent direct in Excel.</source>
        <translation>سطر واحد لكل طالب ولكل قسم. يُفتح مباشرة في Excel.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="163" />
        <source>Een overzicht en een blad met alle antwoorden.</source>
        <translation>ملخص وورقة فيها كل الإجابات.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="165" />
        <source>Voor één leerling: niveau, grafiek, oefentijd en proefexamens.</source>
        <translation>لطالب واحد: المستوى، والرسم البياني، ووقت التدريب، والامتحانات التجريبية.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../gui/screens/home.py" line="167" />
        <source>Lezen</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="168" />
        <source>Luisteren</source>
        <translation>استماع</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="169" />
        <source>Spreken</source>
        <translation>تحدث</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="175" />
        <source>Hallo {name}!</source>
        <translation>مرحبًا {name}!</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="176" />
        <source>Geluid testen</source>
        <translation>اختبار الصوت</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="177" />
        <source>Ander profiel</source>
        <translation>ملف شخصي آخر</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="181" />
        <source>Uw doel: {goal}.</source>
        <translation>هدفك: {goal}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="183" />
        <source>U oefent voor het examen op niveau {level}.</source>
        <translation>أنت تتدرب لامتحان المستوى {level}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="187" />
        <source>Nog %n dagen tot uw examen.</source>
        <translation><numerusform>الأيام المتبقية حتى امتحانك: %n.</numerusform>
            <numerusform>الأيام المتبقية حتى امتحانك: %n.</numerusform>
            <numerusform>الأيام المتبقية حتى امتحانك: %n.</numerusform>
            <numerusform>الأيام المتبقية حتى امتحانك: %n.</numerusform>
            <numerusform>الأيام المتبقية حتى امتحانك: %n.</numerusform>
            <numerusform>الأيام المتبقية حتى امتحانك: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="201" />
        <source>Kans: {chance}</source>
        <translation>الفرصة: {chance}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="205" />
        <source>%n vragen gemaakt, {good} goed.</source>
        <translation><numerusform>الأسئلة التي أجبت عنها: %n. الإجابات الصحيحة: {good}.</numerusform>
            <numerusform>الأسئلة التي أجبت عنها: %n. الإجابات الصحيحة: {good}.</numerusform>
            <numerusform>الأسئلة التي أجبت عنها: %n. الإجابات الصحيحة: {good}.</numerusform>
            <numerusform>الأسئلة التي أجبت عنها: %n. الإجابات الصحيحة: {good}.</numerusform>
            <numerusform>الأسئلة التي أجبت عنها: %n. الإجابات الصحيحة: {good}.</numerusform>
            <numerusform>الأسئلة التي أجبت عنها: %n. الإجابات الصحيحة: {good}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="233" />
        <source>U heeft in totaal %n minuten geoefend. Goed bezig!</source>
        <translation><numerusform>مجموع وقت تدريبك بالدقائق: %n. أحسنت!</numerusform>
            <numerusform>مجموع وقت تدريبك بالدقائق: %n. أحسنت!</numerusform>
            <numerusform>مجموع وقت تدريبك بالدقائق: %n. أحسنت!</numerusform>
            <numerusform>مجموع وقت تدريبك بالدقائق: %n. أحسنت!</numerusform>
            <numerusform>مجموع وقت تدريبك بالدقائق: %n. أحسنت!</numerusform>
            <numerusform>مجموع وقت تدريبك بالدقائق: %n. أحسنت!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="195" />
        <source>Uw niveau nu: {level}</source>
        <translation>مستواك الآن: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="209" />
        <location filename="../gui/screens/home.py" line="221" />
        <source>Oefenen</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="212" />
        <source>Nog geen niveau</source>
        <translation>لا يوجد مستوى بعد</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="219" />
        <source>Spreek korte antwoorden in. Daarna luistert u naar uzelf.</source>
        <translation>سجّل إجابات قصيرة. بعد ذلك استمع إلى نفسك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="224" />
        <source>Begin met een korte test. Dan weten we waar u kunt beginnen.</source>
        <translation>ابدأ باختبار قصير. هكذا نعرف من أين تبدأ.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="226" />
        <source>Korte test (5 minuten)</source>
        <translation>اختبار قصير (5 دقائق)</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="229" />
        <source>Nog geen oefeningen</source>
        <translation>لا توجد تمارين بعد</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="235" />
        <source>Kies een onderdeel. Een keer oefenen duurt ongeveer 10 minuten.</source>
        <translation>اختر قسمًا. التدريب الواحد يستغرق 10 دقائق تقريبًا.</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../bank/importers/messages.py" line="46" />
        <source>{msg}; niet in de itembank gezet</source>
        <translation>{msg}؛ لم يُوضع في بنك الأسئلة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="50" />
        <source>{msg}; de vraag gaat daarover, dus de vraag is weggelaten</source>
        <translation>{msg}؛ السؤال يتعلق بذلك، لذلك حُذف السؤال</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="56" />
        <source>{msg} ({detail})</source>
        <translation>{msg} ⁦({detail})⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="61" />
        <source>'{ref}' staat op internet; examtrainer werkt zonder internet en downloadt niets</source>
        <translation>'{ref}' موجود على الإنترنت؛ يعمل examtrainer بدون إنترنت ولا ينزّل شيئاً</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="68" />
        <source>'{ref}' is geen plaatje of geluid dat examtrainer kan gebruiken</source>
        <translation>'{ref}' ليس صورة أو صوتاً يمكن لـ examtrainer استخدامه</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="74" />
        <source>'{ref}' is een volledig pad; alleen bestanden naast de itembank worden gebruikt</source>
        <translation>'{ref}' مسار كامل؛ تُستخدم فقط الملفات الموجودة بجانب بنك الأسئلة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="81" />
        <source>'{ref}' wijst naar een plek buiten de map van de itembank</source>
        <translation>'{ref}' يشير إلى مكان خارج مجلد بنك الأسئلة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="87" />
        <source>het bestand '{ref}' is er niet</source>
        <translation>الملف '{ref}' غير موجود</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="91" />
        <source>het bestand '{ref}' is er niet (gezocht naast het werkblad en in media/)</source>
        <translation>الملف '{ref}' غير موجود (تم البحث بجانب جدول البيانات وفي media/)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="98" />
        <source>ingesloten gegevens van de soort '{kind}' kan examtrainer niet gebruiken</source>
        <translation>لا يستطيع examtrainer استخدام البيانات المضمّنة من نوع '{kind}'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="105" />
        <source>de ingesloten gegevens zijn beschadigd</source>
        <translation>البيانات المضمّنة تالفة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="109" />
        <source>het bestand '{ref}' zit niet in de vraag</source>
        <translation>الملف '{ref}' ليس في السؤال</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="113" />
        <source>het ingesloten bestand '{ref}' is beschadigd</source>
        <translation>الملف المضمّن '{ref}' تالف</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="117" />
        <source>'{ref}' is geen plaatje of geluid</source>
        <translation>'{ref}' ليس صورة أو صوتاً</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="121" />
        <source>'{ref}' is geen plaatje dat examtrainer kan tonen</source>
        <translation>'{ref}' ليس صورة يمكن لـ examtrainer عرضها</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="125" />
        <source>het plaatje in &lt;image_base64&gt; is beschadigd</source>
        <translation>الصورة في &lt;image_base64&gt; تالفة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="129" />
        <source>'{ref}' in een antwoord of uitleg is niet overgenomen</source>
        <translation>'{ref}' في إجابة أو شرح لم يُنقل</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="135" />
        <source>per vraag één plaatje en één geluid; '{ref}' is niet overgenomen</source>
        <translation>صورة واحدة وصوت واحد لكل سؤال؛ '{ref}' لم يُنقل</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="141" />
        <source>per vraag één plaatje; '{ref}' is niet overgenomen</source>
        <translation>صورة واحدة لكل سؤال؛ '{ref}' لم يُنقل</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="145" />
        <source>per vraag één geluid; '{ref}' is niet overgenomen</source>
        <translation>صوت واحد لكل سؤال؛ '{ref}' لم يُنقل</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="152" />
        <source>de vraag gaat over een geluid of video; die kan GIFT niet meenemen; de vraag is weggelaten</source>
        <translation>السؤال يتعلق بصوت أو فيديو؛ لا يستطيع GIFT نقله؛ حُذف السؤال</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="160" />
        <source>plaatjes en geluid in GIFT-teksten worden niet meegenomen</source>
        <translation>الصور والأصوات في نصوص GIFT لا تُنقل</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="166" />
        <source>plaatjes in antwoorden kan examtrainer niet tonen; de tekst is overgenomen</source>
        <translation>لا يستطيع examtrainer عرض الصور في الإجابات؛ نُقل النص</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="176" />
        <source>de vraag gaat over een geluid dat niet meekomt (zie hierboven); de vraag is weggelaten</source>
        <translation>السؤال يتعلق بصوت لا يمكن نقله (انظر أعلاه)؛ حُذف السؤال</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="184" />
        <source>de vraag gaat over een video; examtrainer speelt geen video; de vraag is weggelaten</source>
        <translation>السؤال يتعلق بفيديو؛ examtrainer لا يشغّل الفيديو؛ حُذف السؤال</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="191" />
        <source>het gaat over een video ('{ref}'); examtrainer speelt geen video</source>
        <translation>يتعلق الأمر بفيديو ⁦('{ref}')⁩؛ examtrainer لا يشغّل الفيديو</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="197" />
        <source>het gaat over een geluid ('{ref}') dat er niet is</source>
        <translation>يتعلق الأمر بصوت ⁦('{ref}')⁩ غير موجود</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="201" />
        <source>het gaat over een geluid dat er niet is</source>
        <translation>يتعلق الأمر بصوت غير موجود</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="205" />
        <source>het gaat over een tekst ('{ref}') die er niet is</source>
        <translation>يتعلق الأمر بنص ⁦('{ref}')⁩ غير موجود</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="209" />
        <source>de gedeelde tekst ('{ref}') zit niet in het pakket</source>
        <translation>النص المشترك ⁦('{ref}')⁩ ليس في الحزمة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="213" />
        <source>de gedeelde tekst ('{ref}') is niet te lezen: {msg}</source>
        <translation>لا يمكن قراءة النص المشترك ⁦('{ref}')⁩: {msg}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="217" />
        <source>de gedeelde tekst ('{ref}') heeft geen inhoud (qti-stimulus-body)</source>
        <translation>النص المشترك ⁦('{ref}')⁩ بلا محتوى ⁦(qti-stimulus-body)⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="224" />
        <source>rekenvragen (een getal met marge) kent examtrainer niet</source>
        <translation>لا يعرف examtrainer الأسئلة الحسابية (عدد مع هامش)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="230" />
        <source>rekenvragen ({{#...}}) kent examtrainer niet</source>
        <translation>لا يعرف examtrainer الأسئلة الحسابية ({{#...}})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="234" />
        <source>vragen met formules kent examtrainer niet</source>
        <translation>لا يعرف examtrainer الأسئلة ذات الصيغ</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="238" />
        <source>slepen in een tekst kent examtrainer niet</source>
        <translation>لا يعرف examtrainer السحب داخل نص</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="242" />
        <source>slepen op een plaatje kent examtrainer niet</source>
        <translation>لا يعرف examtrainer السحب على صورة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="246" />
        <source>markeringen slepen kent examtrainer niet</source>
        <translation>لا يعرف examtrainer سحب العلامات</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="250" />
        <source>ontbrekende woorden kiezen (gapselect) kent examtrainer niet</source>
        <translation>لا يعرف examtrainer اختيار الكلمات الناقصة ⁦(gapselect)⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="256" />
        <source>deze soort volgordevraag (qtype_order) kent examtrainer niet; gebruik qtype_ordering</source>
        <translation>لا يعرف examtrainer هذا النوع من أسئلة الترتيب ⁦(qtype_order)⁩؛ استخدم qtype_ordering</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="263" />
        <source>willekeurig koppelen haalt vragen uit andere vragen; dat kent examtrainer niet</source>
        <translation>المطابقة العشوائية تأخذ أسئلة من أسئلة أخرى؛ لا يعرف examtrainer ذلك</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="270" />
        <source>een willekeurige vraag wordt pas in de toets gekozen; dat kent examtrainer niet</source>
        <translation>السؤال العشوائي يُختار أثناء الاختبار فقط؛ لا يعرف examtrainer ذلك</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="277" />
        <source>het vraagtype '{kind}' kent examtrainer niet</source>
        <translation>لا يعرف examtrainer نوع السؤال '{kind}'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="281" />
        <source>de vraag heeft geen type</source>
        <translation>السؤال بلا نوع</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="285" />
        <source>de vraagtekst is leeg</source>
        <translation>نص السؤال فارغ</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="292" />
        <source>een vraag met één goed antwoord heeft precies één antwoord met 100% nodig (gevonden: {n})</source>
        <translation>السؤال ذو الإجابة الصحيحة الواحدة يحتاج إلى إجابة واحدة بالضبط بنسبة 100% (وُجد: {n})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="300" />
        <source>een juist/onjuist-vraag heeft 'true' of 'false' met 100% nodig</source>
        <translation>سؤال صح/خطأ يحتاج إلى 'true' أو 'false' بنسبة 100%</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="306" />
        <source>een antwoord met * ('{t}') kent examtrainer niet</source>
        <translation>لا يعرف examtrainer الإجابة التي فيها * ⁦('{t}')⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="310" />
        <source>geen antwoord met 100%</source>
        <translation>لا توجد إجابة بنسبة 100%</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="314" />
        <source>een volgordevraag heeft minstens twee delen nodig</source>
        <translation>سؤال الترتيب يحتاج إلى جزأين على الأقل</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="318" />
        <source>een invuloefening (cloze) zonder open plekken</source>
        <translation>تمرين ملء فراغات ⁦(cloze)⁩ بلا فراغات</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="322" />
        <source>een open plek voor een getal met marge kent examtrainer niet</source>
        <translation>لا يعرف examtrainer فراغاً لعدد مع هامش</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="328" />
        <source>een open plek van de soort {kind} is onbekend</source>
        <translation>نوع الفراغ {kind} غير معروف</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="332" />
        <source>een open plek met keuzes heeft precies één goed antwoord nodig (gevonden: {n})</source>
        <translation>الفراغ ذو الخيارات يحتاج إلى إجابة صحيحة واحدة بالضبط (وُجد: {n})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="339" />
        <source>een open plek om te typen heeft een antwoord met 100% nodig (zonder *)</source>
        <translation>الفراغ الذي يُكتب فيه يحتاج إلى إجابة بنسبة 100% (بدون *)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="346" />
        <source>een meerkeuzevraag heeft één antwoord met '=' nodig (gevonden: {n})</source>
        <translation>سؤال الاختيار من متعدد يحتاج إلى إجابة واحدة بعلامة '=' (وُجد: {n})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="355" />
        <source>deze vraag is een sjabloon: de getallen en woorden worden pas gekozen als de vraag verschijnt (templateProcessing); dat kan examtrainer niet; de vraag is weggelaten</source>
        <translation>هذا السؤال قالب: الأرقام والكلمات تُختار عند ظهور السؤال فقط ⁦(templateProcessing)⁩؛ لا يستطيع examtrainer ذلك؛ حُذف السؤال</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="363" />
        <source>{name} kent examtrainer niet</source>
        <translation>لا يعرف examtrainer {name}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="367" />
        <source>klikken op een plek in een plaatje (hotspot) kent examtrainer niet</source>
        <translation>لا يعرف examtrainer النقر على مكان في صورة ⁦(hotspot)⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="373" />
        <source>woorden op een plaatje slepen kent examtrainer niet</source>
        <translation>لا يعرف examtrainer سحب الكلمات على صورة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="377" />
        <source>plekken in een plaatje ordenen kent examtrainer niet</source>
        <translation>لا يعرف examtrainer ترتيب أماكن في صورة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="381" />
        <source>plekken in een plaatje verbinden kent examtrainer niet</source>
        <translation>لا يعرف examtrainer ربط أماكن في صورة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="387" />
        <source>een plek in een plaatje aanwijzen kent examtrainer niet</source>
        <translation>لا يعرف examtrainer الإشارة إلى مكان في صورة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="393" />
        <source>dingen op een plaatje zetten kent examtrainer niet</source>
        <translation>لا يعرف examtrainer وضع أشياء على صورة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="397" />
        <source>vrije paren (associate) kent examtrainer niet; gebruik koppelen (match)</source>
        <translation>لا يعرف examtrainer الأزواج الحرة ⁦(associate)⁩؛ استخدم المطابقة ⁦(match)⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="404" />
        <source>woorden in de tekst aanklikken (hottext) kent examtrainer niet</source>
        <translation>لا يعرف examtrainer النقر على كلمات في النص ⁦(hottext)⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="410" />
        <source>een antwoord met een schuifje kent examtrainer niet</source>
        <translation>لا يعرف examtrainer الإجابة بشريط منزلق</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="414" />
        <source>tekenen kent examtrainer niet</source>
        <translation>لا يعرف examtrainer الرسم</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="418" />
        <source>deze eigen vraagvorm kan examtrainer niet tonen</source>
        <translation>لا يستطيع examtrainer عرض هذا الشكل الخاص من الأسئلة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="422" />
        <source>deze eigen vraagvorm (PCI) kan examtrainer niet tonen</source>
        <translation>لا يستطيع examtrainer عرض هذا الشكل الخاص من الأسئلة ⁦(PCI)⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="428" />
        <source>een bestand van de soort '{kind}' is geen gesproken antwoord</source>
        <translation>الملف من نوع '{kind}' ليس إجابة منطوقة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="434" />
        <source>koppelen heeft twee rijen met keuzes nodig</source>
        <translation>المطابقة تحتاج إلى صفّين من الخيارات</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="438" />
        <source>geen goed antwoord (correctResponse): geen paren</source>
        <translation>لا توجد إجابة صحيحة ⁦(correctResponse)⁩: لا توجد أزواج</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="442" />
        <source>een deel links met meer partners kent examtrainer niet</source>
        <translation>لا يعرف examtrainer جزءاً في اليسار له أكثر من شريك</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="448" />
        <source>'{t}' heeft geen partner; weggelaten</source>
        <translation>'{t}' ليس له شريك؛ حُذف</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="452" />
        <source>een volgordevraag heeft de goede volgorde van alle delen nodig</source>
        <translation>سؤال الترتيب يحتاج إلى الترتيب الصحيح لكل الأجزاء</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="458" />
        <source>een volgorde van maar een paar delen kent examtrainer niet</source>
        <translation>لا يعرف examtrainer ترتيب بعض الأجزاء فقط</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="464" />
        <source>een keuze in de zin heeft één goed antwoord nodig</source>
        <translation>الاختيار داخل الجملة يحتاج إلى إجابة صحيحة واحدة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="468" />
        <source>open plek '{gap}' heeft geen goed woord; weggelaten</source>
        <translation>الفراغ '{gap}' ليس له كلمة صحيحة؛ حُذف</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="472" />
        <source>geen goed antwoord (correctResponse of mapping)</source>
        <translation>لا توجد إجابة صحيحة (correctResponse أو mapping)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="476" />
        <source>geen goede antwoorden (correctResponse of mapping)</source>
        <translation>لا توجد إجابات صحيحة (correctResponse أو mapping)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="480" />
        <source>één keuze, maar meer dan één goed antwoord</source>
        <translation>اختيار واحد، لكن أكثر من إجابة صحيحة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="484" />
        <source>de vraag heeft geen inhoud (itemBody)</source>
        <translation>السؤال بلا محتوى ⁦(itemBody)⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="488" />
        <source>dit onderdeel stelt geen vraag (er is niets te beantwoorden)</source>
        <translation>هذا الجزء لا يطرح سؤالاً (لا يوجد ما يُجاب عنه)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="494" />
        <source>hulpkaarten (catalogInfo, zoals een woordenlijst) zijn niet overgenomen</source>
        <translation>بطاقات المساعدة (catalogInfo، مثل قائمة كلمات) لم تُنقل</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="501" />
        <source>uitleg die van de verwerking van het antwoord afhangt is niet overgenomen</source>
        <translation>الشرح الذي يعتمد على معالجة الإجابة لم يُنقل</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="508" />
        <source>'{key}' is niet de code van een antwoord (simpleChoice)</source>
        <translation>'{key}' ليس رمز إجابة ⁦(simpleChoice)⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="514" />
        <source>'{key}' noemt geen paar uit de keuzes</source>
        <translation>'{key}' لا يسمّي زوجاً من الخيارات</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="518" />
        <source>&lt;{tag}&gt; bevat geen vraag (assessmentItem)</source>
        <translation>&lt;{tag}&gt; لا يحتوي على سؤال ⁦(assessmentItem)⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="520" />
        <source>'{ref}' ontbreekt</source>
        <translation>'{ref}' مفقود</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="524" />
        <source>er kon geen enkele vraag worden ingelezen; hieronder staat per vraag waarom</source>
        <translation>لم يمكن قراءة أي سؤال؛ السبب مكتوب أدناه لكل سؤال</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="531" />
        <source>de map voor de itembank is niet leeg</source>
        <translation>مجلد بنك الأسئلة ليس فارغاً</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="535" />
        <source>'{id}' is geen geldige code voor een itembank</source>
        <translation>'{id}' ليس رمزاً صالحاً لبنك أسئلة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="539" />
        <source>'{id}' is niet geldig</source>
        <translation>'{id}' غير صالح</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="543" />
        <source>het bestand begint met &lt;{tag}&gt;, niet met &lt;quiz&gt;</source>
        <translation>الملف يبدأ بـ &lt;{tag}&gt;، وليس بـ &lt;quiz&gt;</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="550" />
        <source>geweigerd: het XML-bestand definieert entiteiten; die kunnen de computer laten vastlopen of andere bestanden lezen, dus examtrainer leest ze niet{rest}</source>
        <translation>مرفوض: ملف XML يعرّف كيانات ⁦(entities)⁩؛ قد توقف الحاسوب أو تقرأ ملفات أخرى، لذلك لا يقرؤها examtrainer{rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="558" />
        <source>geweigerd: onveilige XML {rest}</source>
        <translation>مرفوض: XML غير آمن {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="560" />
        <source>geweigerd: {rest}</source>
        <translation>مرفوض: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="563" />
        <source>het XML-bestand is kapot: {rest}</source>
        <translation>ملف XML تالف: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="567" />
        <source>de antwoorden hebben geen sluitende '}}'</source>
        <translation>الإجابات ليس لها '}}' في النهاية</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="571" />
        <source>'{name}' is verdacht sterk ingepakt (een zip-bom?); examtrainer pakt het niet uit</source>
        <translation>الملف '{name}' مضغوط بشكل مريب (قنبلة zip؟)؛ لا يفك examtrainer ضغطه</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="578" />
        <source>'{name}' wordt uitgepakt {n} bytes groot; dat is te groot</source>
        <translation>الملف '{name}' يصبح {n} بايت بعد فك الضغط؛ هذا كبير جدًا</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="584" />
        <source>'{name}' bevat te veel bestanden ({n})</source>
        <translation>الملف '{name}' يحتوي على ملفات كثيرة جدًا ⁦({n})⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="588" />
        <source>meer dan één '{{' (schrijf \{{ voor een accolade in de tekst)</source>
        <translation>أكثر من '{{' واحدة (اكتب \{{ لقوس معقوف في النص)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="594" />
        <source>de titel heeft geen sluitende '::'</source>
        <translation>العنوان ليس له '::' في النهاية</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="598" />
        <source>'}}' zonder '{{' (schrijf \}} voor een accolade in de tekst)</source>
        <translation>'}}' بدون '{{' (اكتب \}} لقوس معقوف في النص)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="604" />
        <source>elk koppel-antwoord is '=links -&gt; rechts'</source>
        <translation>كل إجابة مطابقة تُكتب '=يسار -&gt; يمين'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="608" />
        <source>onverwacht '{c}' voor het eerste antwoord (gebruik = of ~)</source>
        <translation>'{c}' غير متوقع قبل الإجابة الأولى (استخدم = أو ~)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="615" />
        <source>{file}: een QTI-vraag zonder QTI 2.x/3.0-namespace</source>
        <translation>{file}: سؤال QTI بدون مساحة أسماء QTI 2.x/3.0</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="619" />
        <source>{file}: QTI 1.2 kent examtrainer niet; exporteer als QTI 2.1 of 3.0</source>
        <translation>{file}: لا يعرف examtrainer صيغة QTI 1.2؛ صدّر كـ QTI 2.1 أو 3.0</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="625" />
        <source>{file}: dit XML-bestand is leeg of kapot</source>
        <translation>{file}: ملف XML هذا فارغ أو تالف</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="629" />
        <source>{file}: XML dat begint met &lt;{tag}&gt; is geen Moodle-toets en geen QTI-vraag</source>
        <translation>{file}: ملف XML يبدأ بـ &lt;{tag}&gt; ليس اختبار Moodle ولا سؤال QTI</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="636" />
        <source>{file}: dit zip-bestand is kapot ({rest})</source>
        <translation>{file}: ملف zip هذا تالف ⁦({rest})⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="643" />
        <source>{file}: een zip zonder pack.yaml (examtrainer-pakket) en zonder imsmanifest.xml (QTI-pakket)</source>
        <translation>{file}: ملف zip بدون pack.yaml (حزمة examtrainer) وبدون imsmanifest.xml (حزمة QTI)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="651" />
        <source>{file}: een map zonder pack.yaml is geen itembank</source>
        <translation>{file}: المجلد بدون pack.yaml ليس بنك أسئلة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="655" />
        <source>{file}: het bestand is er niet</source>
        <translation>{file}: الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="659" />
        <source>{file}: sla het werkblad eerst op als .xlsx of .csv</source>
        <translation>{file}: احفظ جدول البيانات أولاً بصيغة .xlsx أو .csv</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="663" />
        <source>{file}: een tekstbestand zonder GIFT-vragen</source>
        <translation>{file}: ملف نصي بدون أسئلة GIFT</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="667" />
        <source>{file}: de soort bestand '{kind}' kent examtrainer niet; examtrainer leest .xlsx, .csv, .xml (Moodle XML, QTI 2.1/3.0), .zip (QTI-pakket, examtrainer-pakket) en .gift/.txt (GIFT)</source>
        <translation>{file}: لا يعرف examtrainer نوع الملف '{kind}'؛ يقرأ .xlsx و.csv و.xml (Moodle XML، QTI 2.1/3.0) و.zip (حزمة QTI، حزمة examtrainer) و.gift/.txt ⁦(GIFT)⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="676" />
        <source>'{ref}': een volledig pad in het zip-bestand</source>
        <translation>'{ref}': مسار كامل داخل ملف zip</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="680" />
        <source>'{ref}': het pad gaat buiten het zip-bestand (..)</source>
        <translation>'{ref}': المسار يخرج من ملف zip (..)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="684" />
        <source>'{ref}': snelkoppelingen (links) mogen niet</source>
        <translation>'{ref}': الاختصارات (الروابط) غير مسموح بها</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="688" />
        <source>'{ref}': verdacht sterk ingepakt (een zip-bom?); geweigerd</source>
        <translation>'{ref}': مضغوط بشكل مريب (قنبلة zip؟)؛ مرفوض</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="694" />
        <source>'{ref}' is een kapot zip-bestand: {rest}</source>
        <translation>'{ref}' ملف zip تالف: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="698" />
        <source>'{ref}': te veel bestanden ({n})</source>
        <translation>'{ref}': ملفات كثيرة جداً ⁦({n})⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="702" />
        <source>'{ref}': uitgepakt {n} bytes, te groot</source>
        <translation>'{ref}': حجمه بعد فك الضغط {n} بايت، كبير جداً</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="706" />
        <source>'{ref}': uitgepakt groter dan toegestaan</source>
        <translation>'{ref}': حجمه بعد فك الضغط أكبر من المسموح</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="710" />
        <source>'{ref}': '{member}' is beschadigd: {rest}</source>
        <translation>'{ref}': '{member}' تالف: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="718" />
        <source>{n} tekst(en)/vraag/vragen zonder vaardigheid kregen 'lezen' ('luisteren' als er geluid bij is); pas dat zo nodig aan</source>
        <translation>{n} نص/سؤال بدون مهارة حصلت على 'القراءة' ('الاستماع' إذا كان فيها صوت)؛ عدّل ذلك عند الحاجة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="729" />
        <source>{n} tekst(en)/vraag/vragen zonder niveau kregen {level}; pas dat zo nodig aan</source>
        <translation>{n} نص/سؤال بدون مستوى حصلت على {level}؛ عدّل ذلك عند الحاجة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="739" />
        <source>{where}: geen &lt;single&gt;; {n} antwoorden geven punten, dus: meer goede antwoorden</source>
        <translation>{where}: لا يوجد &lt;single&gt;؛ {n} إجابات تعطي نقاطاً، لذلك: أكثر من إجابة صحيحة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="746" />
        <source>{where}: een beschrijving is geen vraag; weggelaten</source>
        <translation>{where}: الوصف ليس سؤالاً؛ حُذف</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="750" />
        <source>{where}: een tekst zonder antwoorden is geen vraag; weggelaten</source>
        <translation>{where}: النص بدون إجابات ليس سؤالاً؛ حُذف</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="756" />
        <source>{where}: het goede antwoord komt uit de mapping</source>
        <translation>{where}: الإجابة الصحيحة مأخوذة من mapping</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="763" />
        <source>{where}: {what} werd een korte spreekopdracht met voorbeeldantwoord '{model}' en {n} seconden spreektijd</source>
        <translation>{where}: أصبح {what} مهمة تحدث قصيرة مع إجابة نموذجية '{model}' و{n} ثانية للتحدث</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="771" />
        <source>{where}: toetsen ({href}) worden niet ingelezen, alleen hun vragen</source>
        <translation>{where}: الاختبارات ⁦({href})⁩ لا تُقرأ، فقط أسئلتها</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="777" />
        <source>{where}: imsmanifest.xml noemt geen vragen; alle XML-bestanden zijn gelezen</source>
        <translation>{where}: لا يذكر imsmanifest.xml أي أسئلة؛ قُرئت كل ملفات XML</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="784" />
        <source>{where}: geen UTF-8; gelezen als Windows-1252</source>
        <translation>{where}: ليس UTF-8؛ قُرئ كـ Windows-1252</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="788" />
        <source>{where}: UTF-16 met kapotte tekens; die zijn vervangen</source>
        <translation>{where}: UTF-16 مع حروف تالفة؛ تم استبدالها</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="794" />
        <source>{where}: overgeslagen, de eerste rij heeft geen kolom 'vraag'</source>
        <translation>{where}: تم تخطيه، الصف الأول ليس فيه عمود 'vraag' (سؤال)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="800" />
        <source>{where}: niet gebruikte kolommen: {cols}</source>
        <translation>{where}: أعمدة غير مستخدمة: {cols}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="807" />
        <source>{where}: aftrek ({w}) voor '{t}': in examtrainer telt een fout antwoord als fout</source>
        <translation>{where}: خصم ⁦({w})⁩ لـ '{t}': في examtrainer الإجابة الخاطئة تُحسب خاطئة فقط</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="815" />
        <source>mag niet leeg zijn</source>
        <translation>يجب ألا يكون فارغاً</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="817" />
        <source>ontbreekt</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="818" />
        <source>onbekend veld</source>
        <translation>حقل غير معروف</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="821" />
        <source>de afbeelding is {w} x {h} pixels; dat is te groot (hoogstens {m} x {m})</source>
        <translation>الصورة {w} x {h} بكسل؛ هذا كبير جدًا (الحد الأقصى {m} x {m})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="828" />
        <source>meer dan {n} vragen; dat is te veel voor een import</source>
        <translation>أكثر من {n} سؤال؛ هذا كثير جدًا لاستيراد واحد</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="832" />
        <source>is te lang: hoogstens {n} tekens</source>
        <translation>طويل جدًا: الحد الأقصى {n} حرف</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="836" />
        <source>'{name}' is {size} bytes groot; hoogstens {n} bytes mag</source>
        <translation>حجم '{name}' هو {size} بايت؛ الحد المسموح {n} بايت</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="842" />
        <source>mag alleen letters, cijfers, '.', '_' en '-' bevatten</source>
        <translation>يجب أن يحتوي فقط على حروف وأرقام و'.' و'_' و'-'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="848" />
        <source>moet een van deze zijn: {choices}</source>
        <translation>يجب أن يكون واحداً من: {choices}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="852" />
        <source>heeft niet de goede vorm ({kind})</source>
        <translation>ليس بالشكل الصحيح ⁦({kind})⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="856" />
        <source>heeft minstens twee antwoorden nodig</source>
        <translation>يحتاج إلى إجابتين على الأقل</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="860" />
        <source>twee antwoorden zijn hetzelfde</source>
        <translation>إجابتان متطابقتان</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="864" />
        <source>heeft minstens twee paren nodig</source>
        <translation>يحتاج إلى زوجين على الأقل</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="868" />
        <source>ontbreekt: het goede antwoord</source>
        <translation>مفقود: الإجابة الصحيحة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="872" />
        <source>geef één antwoord, geen lijst</source>
        <translation>أعطِ إجابة واحدة، وليس قائمة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="876" />
        <source>'{t}' is niet een van de antwoorden</source>
        <translation>'{t}' ليس من الإجابات</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="880" />
        <source>ontbreekt: de goede antwoorden</source>
        <translation>مفقود: الإجابات الصحيحة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="884" />
        <source>ontbreekt: de antwoorden die goed zijn</source>
        <translation>مفقود: الإجابات التي تُعتبر صحيحة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="888" />
        <source>ontbreekt: de goede volgorde</source>
        <translation>مفقود: الترتيب الصحيح</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="892" />
        <source>de goede volgorde moet elk deel één keer noemen</source>
        <translation>الترتيب الصحيح يجب أن يذكر كل جزء مرة واحدة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="896" />
        <source>'{t}' van een paar staat niet bij de keuzes</source>
        <translation>'{t}' من زوج ليس من الخيارات</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="900" />
        <source>dit is een spreekopdracht (vaardigheid spreken)</source>
        <translation>هذه مهمة تحدث (مهارة التحدث)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="904" />
        <source>ontbreekt: hoeveel seconden de leerling mag spreken</source>
        <translation>مفقود: كم ثانية يمكن للمتعلم أن يتحدث</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="908" />
        <source>ontbreekt: een voorbeeldantwoord</source>
        <translation>مفقود: إجابة نموذجية</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="912" />
        <source>bij dit soort vraag krijgt een antwoord geen deel van de punten</source>
        <translation>في هذا النوع من الأسئلة لا تعطي الإجابة جزءاً من النقاط</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="918" />
        <source>'{t}' is al het goede antwoord</source>
        <translation>'{t}' هو الإجابة الصحيحة أصلاً</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="922" />
        <source>het deel van de punten voor '{t}' moet tussen 0 en 1 liggen</source>
        <translation>جزء النقاط لـ '{t}' يجب أن يكون بين 0 و1</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="928" />
        <source>het deel van de punten voor '{t}' moet tussen -1 en 1 liggen, en niet 0 zijn</source>
        <translation>جزء النقاط لـ '{t}' يجب أن يكون بين -1 و1، وليس 0</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="935" />
        <source>verschilt van de tekst erbij</source>
        <translation>يختلف عن النص المرافق</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="939" />
        <source>verschilt van de tekst erbij ({skill})</source>
        <translation>يختلف عن النص المرافق ⁦({skill})⁩</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="943" />
        <source>de tekst erbij kon niet worden ingelezen</source>
        <translation>لم يمكن قراءة النص المرافق</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="947" />
        <source>er is geen tekst met code '{id}'</source>
        <translation>لا يوجد نص بالرمز '{id}'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="951" />
        <source>dubbele code (ook in {where})</source>
        <translation>رمز مكرر (أيضاً في {where})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="955" />
        <source>het bestand '{ref}' bestaat niet</source>
        <translation>الملف '{ref}' غير موجود</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="959" />
        <source>'{ref}' ligt buiten de map met media</source>
        <translation>'{ref}' خارج مجلد الوسائط</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="964" />
        <source>'{v}' is onbekend; gebruik A0, A1, A2 of B1</source>
        <translation>'{v}' غير معروف؛ استخدم A0 أو A1 أو A2 أو B1</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="968" />
        <source>'{v}' is onbekend; gebruik een van: {list}</source>
        <translation>'{v}' غير معروف؛ استخدم واحداً من: {list}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="972" />
        <source>'{v}' is geen thema; gebruik: {list}</source>
        <translation>'{v}' ليس موضوعاً؛ استخدم: {list}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="976" />
        <source>is ingevuld, maar '{col}' is leeg</source>
        <translation>مملوء، لكن '{col}' فارغ</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="980" />
        <source>antwoord {v} wijst naar een leeg antwoord</source>
        <translation>الإجابة {v} تشير إلى خيار فارغ</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="984" />
        <source>'{v}' is niet een van de antwoorden (geef een letter A–E of de tekst)</source>
        <translation>'{v}' ليس من الإجابات (أعطِ حرفاً من A إلى E أو النص)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="991" />
        <source>ontbreekt: de letter van het goede antwoord</source>
        <translation>مفقود: حرف الإجابة الصحيحة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="995" />
        <source>ontbreekt: de letters van de goede antwoorden</source>
        <translation>مفقود: حروف الإجابات الصحيحة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="999" />
        <source>'{v}' is niet Juist of Onjuist</source>
        <translation>'{v}' ليس Juist أو Onjuist</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1003" />
        <source>ontbreekt: de goede antwoorden (scheid ze met |)</source>
        <translation>مفقود: الإجابات الصحيحة (افصل بينها بـ |)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1007" />
        <source>'{v}' is geen paar zoals 'links = rechts'</source>
        <translation>'{v}' ليس زوجاً مثل 'links = rechts'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1011" />
        <source>'{v}' is geen heel aantal seconden</source>
        <translation>'{v}' ليس عدداً صحيحاً من الثواني</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1015" />
        <source>'{v}' mag alleen letters, cijfers, '.', '_' en '-' bevatten</source>
        <translation>'{v}' يجب أن يحتوي فقط على حروف وأرقام و'.' و'_' و'-'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1021" />
        <source>'{v}' komt twee keer voor</source>
        <translation>'{v}' مذكور مرتين</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1025" />
        <source>ontbreekt: het vraagtype, bijvoorbeeld meerkeuze</source>
        <translation>مفقود: نوع السؤال، مثلاً meerkeuze</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1029" />
        <source>ontbreekt: de vraag of opdracht</source>
        <translation>مفقود: السؤال أو المهمة</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1033" />
        <source>verschilt van rij {n} (zelfde tekst_id)</source>
        <translation>يختلف عن الصف {n} (نفس tekst_id)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1037" />
        <source>'{v}' is geen vrije, geldige code</source>
        <translation>'{v}' ليس رمزاً حراً وصالحاً</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1041" />
        <source>kolom '{v}' staat er twee keer</source>
        <translation>العمود '{v}' موجود مرتين</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1045" />
        <source>het werkblad is niet te lezen: {rest}</source>
        <translation>لا يمكن قراءة جدول البيانات: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1049" />
        <source>het CSV-bestand is niet te lezen: {rest}</source>
        <translation>لا يمكن قراءة ملف CSV: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1056" />
        <source>geen vragen gevonden: de eerste rij heeft een kolom 'vraag' nodig, met rijen eronder</source>
        <translation>لم يتم العثور على أسئلة: الصف الأول يحتاج إلى عمود 'vraag' (سؤال)، وتحته صفوف</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1064" />
        <source>regel {n}</source>
        <translation>السطر {n}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1067" />
        <source>{file} vraag {n}</source>
        <translation>{file} السؤال {n}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1071" />
        <source>{file} rij {n}</source>
        <translation>{file} الصف {n}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1075" />
        <source>{file} open plek {n}</source>
        <translation>{file} الفراغ {n}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="124" />
        <source>probleem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="125" />
        <source>niet ingelezen</source>
        <translation>لم يتم استيراده</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="134" />
        <source>Lezen</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="135" />
        <source>Luisteren</source>
        <translation>الاستماع</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="136" />
        <source>Spreken</source>
        <translation>تحدث</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="137" />
        <source>Schrijven</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="143" />
        <source>meerkeuze</source>
        <translation>اختيار من متعدد</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="144" />
        <source>meer goede antwoorden</source>
        <translation>أكثر من إجابة صحيحة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="145" />
        <source>juist/onjuist</source>
        <translation>صح/خطأ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="146" />
        <source>kort antwoord</source>
        <translation>إجابة قصيرة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="147" />
        <source>koppelen</source>
        <translation>مطابقة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="148" />
        <source>volgorde</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="149" />
        <source>reactie kiezen</source>
        <translation>اختيار رد</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="150" />
        <source>korte spreekopdracht</source>
        <translation>مهمة تحدث قصيرة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="151" />
        <source>langere spreekopdracht</source>
        <translation>مهمة تحدث أطول</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="152" />
        <source>schrijfopdracht</source>
        <translation>مهمة كتابة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="158" />
        <source>examtrainer-pakket</source>
        <translation>حزمة examtrainer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="163" />
        <source>Excel-werkblad (xlsx)</source>
        <translation>جدول Excel ⁦(xlsx)⁩</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="164" />
        <source>CSV-bestand</source>
        <translation>ملف CSV</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="174" />
        <source>Vragen importeren</source>
        <translation>استيراد الأسئلة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="176" />
        <source>Bestand: {name} (soort: {format})</source>
        <translation>الملف: {name} (النوع: {format})</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="184" />
        <source>Het bestand heeft {items} en {texts} voor de itembank '{title}' ({id}). Er is nog niets veranderd.</source>
        <translation>يحتوي الملف على {items} و{texts} لبنك الأسئلة '{title}' ⁦({id})⁩. لم يتغير شيء بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="189" />
        <location filename="../gui/dialogs/import_preview.py" line="202" />
        <source>%n vragen</source>
        <translation><numerusform>%n سؤال</numerusform>
            <numerusform>%n سؤال</numerusform>
            <numerusform>%n سؤالان</numerusform>
            <numerusform>%n أسئلة</numerusform>
            <numerusform>%n سؤالًا</numerusform>
            <numerusform>%n سؤال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="190" />
        <location filename="../gui/dialogs/import_preview.py" line="203" />
        <source>%n teksten</source>
        <translation><numerusform>%n نص</numerusform>
            <numerusform>%n نص</numerusform>
            <numerusform>%n نصان</numerusform>
            <numerusform>%n نصوص</numerusform>
            <numerusform>%n نصًا</numerusform>
            <numerusform>%n نص</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="197" />
        <source>Dit wordt de itembank '{title}' ({id}) met {items} en {texts}. Er is nog niets ingelezen. Klik op Installeren om door te gaan.</source>
        <translation>سيصبح هذا بنك الأسئلة «{title}» ⁦({id})⁩: {items} و{texts}. لم يتم استيراد أي شيء بعد. انقر على «تثبيت» للمتابعة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="209" />
        <source>Dit bestand kan niet worden ingelezen: er zijn %n problemen. Verbeter het bestand en probeer het opnieuw. Er is niets veranderd.</source>
        <translation><numerusform>لا يمكن استيراد هذا الملف. عدد المشكلات: %n. صحّح الملف وحاول مرة أخرى. لم يتغير أي شيء.</numerusform>
            <numerusform>لا يمكن استيراد هذا الملف. عدد المشكلات: %n. صحّح الملف وحاول مرة أخرى. لم يتغير أي شيء.</numerusform>
            <numerusform>لا يمكن استيراد هذا الملف. عدد المشكلات: %n. صحّح الملف وحاول مرة أخرى. لم يتغير أي شيء.</numerusform>
            <numerusform>لا يمكن استيراد هذا الملف. عدد المشكلات: %n. صحّح الملف وحاول مرة أخرى. لم يتغير أي شيء.</numerusform>
            <numerusform>لا يمكن استيراد هذا الملف. عدد المشكلات: %n. صحّح الملف وحاول مرة أخرى. لم يتغير أي شيء.</numerusform>
            <numerusform>لا يمكن استيراد هذا الملف. عدد المشكلات: %n. صحّح الملف وحاول مرة أخرى. لم يتغير أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="217" />
        <source>Code van de itembank: {id} (gemaakt uit: {source}). Niet uit de bestandsnaam.</source>
        <translation>رمز بنك الأسئلة: {id} (مأخوذ من: {source}). ليس من اسم الملف.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="223" />
        <source>Wat wordt ingelezen:</source>
        <translation>ما سيتم استيراده:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Onderdeel</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Niveau</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Vragen</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Soorten</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="228" />
        <source>Problemen en delen die niet worden ingelezen ({n}):</source>
        <translation>المشكلات والأجزاء التي لن يتم استيرادها ⁦({n})⁩:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="234" />
        <source>Soort</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="235" />
        <source>Bestand / regel</source>
        <translation>الملف / السطر</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="236" />
        <source>Vraag</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="237" />
        <source>Veld</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="238" />
        <source>Wat is er mis</source>
        <translation>ما المشكلة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="244" />
        <source>Installeren</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="244" />
        <source>Vervangen</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="245" />
        <source>Beide bewaren</source>
        <translation>الاحتفاظ بالاثنين</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="246" />
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="254" />
        <source>Deze itembank is er al: '{title}'. Bij vervangen: {new}, {changed}, {removed}, {same}.</source>
        <translation>بنك الأسئلة هذا موجود بالفعل: '{title}'. عند الاستبدال: {new}، {changed}، {removed}، {same}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="257" />
        <source>%n nieuwe vragen</source>
        <translation><numerusform>أسئلة جديدة: %n</numerusform>
            <numerusform>أسئلة جديدة: %n</numerusform>
            <numerusform>أسئلة جديدة: %n</numerusform>
            <numerusform>أسئلة جديدة: %n</numerusform>
            <numerusform>أسئلة جديدة: %n</numerusform>
            <numerusform>أسئلة جديدة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="258" />
        <source>%n veranderde vragen</source>
        <translation><numerusform>أسئلة متغيرة: %n</numerusform>
            <numerusform>أسئلة متغيرة: %n</numerusform>
            <numerusform>أسئلة متغيرة: %n</numerusform>
            <numerusform>أسئلة متغيرة: %n</numerusform>
            <numerusform>أسئلة متغيرة: %n</numerusform>
            <numerusform>أسئلة متغيرة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="259" />
        <source>%n vragen gaan weg</source>
        <translation><numerusform>أسئلة تُحذف: %n</numerusform>
            <numerusform>أسئلة تُحذف: %n</numerusform>
            <numerusform>أسئلة تُحذف: %n</numerusform>
            <numerusform>أسئلة تُحذف: %n</numerusform>
            <numerusform>أسئلة تُحذف: %n</numerusform>
            <numerusform>أسئلة تُحذف: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="260" />
        <source>%n blijven hetzelfde</source>
        <translation><numerusform>أسئلة تبقى كما هي: %n</numerusform>
            <numerusform>أسئلة تبقى كما هي: %n</numerusform>
            <numerusform>أسئلة تبقى كما هي: %n</numerusform>
            <numerusform>أسئلة تبقى كما هي: %n</numerusform>
            <numerusform>أسئلة تبقى كما هي: %n</numerusform>
            <numerusform>أسئلة تبقى كما هي: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="264" />
        <source>Leerlingen gaven al %n antwoorden op vragen die veranderen of weggaan. Die antwoorden blijven bewaard.</source>
        <translation><numerusform>عدد الإجابات التي أعطاها المتعلمون على أسئلة ستتغير أو تُحذف: %n. تبقى هذه الإجابات محفوظة.</numerusform>
            <numerusform>عدد الإجابات التي أعطاها المتعلمون على أسئلة ستتغير أو تُحذف: %n. تبقى هذه الإجابات محفوظة.</numerusform>
            <numerusform>عدد الإجابات التي أعطاها المتعلمون على أسئلة ستتغير أو تُحذف: %n. تبقى هذه الإجابات محفوظة.</numerusform>
            <numerusform>عدد الإجابات التي أعطاها المتعلمون على أسئلة ستتغير أو تُحذف: %n. تبقى هذه الإجابات محفوظة.</numerusform>
            <numerusform>عدد الإجابات التي أعطاها المتعلمون على أسئلة ستتغير أو تُحذف: %n. تبقى هذه الإجابات محفوظة.</numerusform>
            <numerusform>عدد الإجابات التي أعطاها المتعلمون على أسئلة ستتغير أو تُحذف: %n. تبقى هذه الإجابات محفوظة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="271" />
        <source>Dit is een meegeleverde itembank. Die kunt u niet vervangen. Met 'Beide bewaren' komt uw bank ernaast, met een eigen code.</source>
        <translation>هذا بنك أسئلة مرفق مع البرنامج. لا يمكنك استبداله. مع 'الاحتفاظ بالاثنين' يُضاف بنكك بجانبه برمز خاص به.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="275" />
        <source>Kies: vervangen, beide bewaren of annuleren.</source>
        <translation>اختر: استبدال أو الاحتفاظ بالاثنين أو إلغاء.</translation>
    </message>
</context>
<context>
    <name>LearnerPinDialog</name>
    <message>
        <location filename="../gui/dialogs/pin.py" line="277" />
        <source>Deze code klopt niet.</source>
        <translation>هذا الرمز غير صحيح.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="282" />
        <source>Dit profiel is van {name}. Typ de geheime code.</source>
        <translation>هذا الملف الشخصي لـ {name}. اكتب الرمز السري.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="284" />
        <source>Openen</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="285" />
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="137" />
        <location filename="../gui/teacher/learners_tab.py" line="259" />
        <source>(geen groep)</source>
        <translation>(بدون مجموعة)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="225" />
        <source>gearchiveerd</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="225" />
        <source>actief</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="230" />
        <source>Terugzetten</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="232" />
        <source>Archiveren</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="235" />
        <source>Leerlingen</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="236" />
        <source>Groepen</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Groep</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="238" />
        <source>Naam:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="239" />
        <source>Naam van de leerling</source>
        <translation>اسم الطالب</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="240" />
        <source>Nieuwe leerling</source>
        <translation>طالب جديد</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="241" />
        <source>Naam wijzigen</source>
        <translation>تغيير الاسم</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="242" />
        <source>Code wissen</source>
        <translation>مسح الرمز</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="244" />
        <source>Voor een leerling die de geheime code van het profiel vergeten is.</source>
        <translation>للطالب الذي نسي الرمز السري لملفه الشخصي.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="246" />
        <source>Groep:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="247" />
        <source>In groep zetten</source>
        <translation>إضافة إلى المجموعة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="248" />
        <source>Naam van de groep</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="249" />
        <source>Nieuwe groep</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="250" />
        <source>Hernoemen</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="253" />
        <source>Gearchiveerde leerlingen staan niet meer in de profielen. Hun resultaten blijven bewaard.</source>
        <translation>الطلاب المؤرشفون لا يظهرون في الملفات الشخصية بعد الآن. نتائجهم تبقى محفوظة.</translation>
    </message>
</context>
<context>
    <name>ListeningScreen</name>
    <message>
        <location filename="../gui/screens/listening.py" line="201" />
        <source>Vraag {n} van {total} bij dit fragment</source>
        <translation>السؤال {n} من {total} عن هذا المقطع الصوتي</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="232" />
        <source>Kies eerst een antwoord.</source>
        <translation>اختر إجابة أولًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="241" />
        <source>Uw antwoord is bewaard. Hier is de volgende vraag.</source>
        <translation>تم حفظ إجابتك. هذا هو السؤال التالي.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="289" />
        <source>Korte test: luisteren</source>
        <translation>اختبار قصير: الاستماع</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="292" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>هذا ليس امتحانًا. خذ وقتك وابذل جهدك. بعد بضعة أسئلة نعرف المستوى المناسب لك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="297" />
        <source>Luisteren oefenen</source>
        <translation>التدريب على الاستماع</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="299" />
        <source>Klik op Luisteren. Luister goed. Kies dan het goede antwoord.</source>
        <translation>انقر على «استماع». استمع جيدًا. ثم اختر الإجابة الصحيحة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="301" />
        <source>Langzamer afspelen</source>
        <translation>تشغيل أبطأ</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="304" />
        <source>Verberg de tekst</source>
        <translation>إخفاء النص</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="306" />
        <source>Lees wat er gezegd wordt</source>
        <translation>اقرأ ما يُقال</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="308" />
        <source>Stoppen</source>
        <translation>إنهاء التدريب</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="309" />
        <source>Controleer</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="310" />
        <source>Volgende vraag</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="311" />
        <source>Typ hier uw antwoord</source>
        <translation>اكتب إجابتك هنا</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="312" />
        <source>Er is geen geluid</source>
        <translation>لا يوجد صوت</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="315" />
        <source>We vinden geen luidspreker of koptelefoon. Voor luisteren heeft u geluid nodig.

Zo lost u het op:
1. Sluit een koptelefoon of luidsprekers aan op de computer.
2. Zet het geluid van de computer aan.
3. Klik op 'Opnieuw kijken'.

Lukt het niet? Vraag hulp aan uw docent.</source>
        <translation>لا نجد مكبر صوت أو سماعة رأس. تحتاج إلى الصوت من أجل الاستماع.

هكذا تحل المشكلة:
1. وصّل سماعة رأس أو مكبرات صوت بالكمبيوتر.
2. شغّل صوت الكمبيوتر.
3. انقر على «البحث مرة أخرى».

ما زالت المشكلة موجودة؟ اطلب المساعدة من معلمك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="324" />
        <source>Opnieuw kijken</source>
        <translation>البحث مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="325" />
        <source>Terug naar het begin</source>
        <translation>العودة إلى البداية</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="69" />
        <source>Even geduld. Het programma wordt klaargezet…</source>
        <translation>لحظة من فضلك. البرنامج قيد التحضير…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="130" />
        <source>Er ging iets mis. Uw antwoorden zijn bewaard. Probeer het nog een keer.</source>
        <translation>حدث خطأ. إجاباتك محفوظة. حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="132" />
        <source>Let op</source>
        <translation>تنبيه</translation>
    </message>
</context>
<context>
    <name>MatchAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="113" />
        <source>– kies –</source>
        <translation>– اختر –</translation>
    </message>
</context>
<context>
    <name>OnboardingScreen</name>
    <message>
        <location filename="../gui/screens/onboarding.py" line="154" />
        <source>Kies een geheime code van minstens 4 tekens.</source>
        <translation>اختر رمزًا سريًا من 4 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="157" />
        <source>De code moet minstens 4 tekens hebben.</source>
        <translation>يجب أن يتكون الرمز من 4 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="177" />
        <source>Welkom bij examtrainer</source>
        <translation>مرحبًا بك في examtrainer</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="179" />
        <source>In welke taal wilt u de uitleg lezen? U kunt dit later veranderen.</source>
        <translation>بأي لغة تريد قراءة الشرح؟ يمكنك تغيير ذلك لاحقًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="181" />
        <source>Verder</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="182" />
        <source>Over u</source>
        <translation>معلومات عنك</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="183" />
        <source>Hoe heet u? (Uw voornaam is genoeg.)</source>
        <translation>ما اسمك؟ (الاسم الأول يكفي.)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="184" />
        <source>Voor welk examen oefent u?</source>
        <translation>لأي امتحان تتدرب؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="185" />
        <source>Inburgeringsexamen A2 (DUO)</source>
        <translation>امتحان الاندماج ⁦(Inburgeringsexamen)⁩ المستوى A2، من DUO</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="186" />
        <source>Staatsexamen Nt2 B1 (programma I)</source>
        <translation>امتحان الدولة للهولندية كلغة ثانية ⁦(Staatsexamen Nt2)⁩ المستوى B1، programma I</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="189" />
        <source>Moest u inburgeren vóór 2022? Dan is het meestal A2. Vanaf 2022 is het meestal B1. Twijfelt u? Kies A2. U kunt het later veranderen.</source>
        <translation>هل بدأ واجب الاندماج ⁦(inburgering)⁩ عندك قبل عام 2022؟ إذن الامتحان غالبًا هو A2. منذ عام 2022 الامتحان غالبًا هو B1. لست متأكدًا؟ اختر A2. يمكنك تغيير ذلك لاحقًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="193" />
        <source>Uw doel (mag leeg blijven), bijvoorbeeld: werk vinden</source>
        <translation>هدفك (يمكن تركه فارغًا)، مثلًا: إيجاد عمل</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="194" />
        <source>Ik weet de datum van mijn examen:</source>
        <translation>أعرف تاريخ امتحاني:</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="198" />
        <source>Kies een geheime code (minstens 4 tekens). Dan kan niemand anders uw profiel openen.</source>
        <translation>اختر رمزًا سريًا (4 أحرف على الأقل). عندها لا يستطيع أي شخص آخر فتح ملفك الشخصي.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="205" />
        <source>Geheime code (mag leeg blijven). Met een code kan niemand anders uw profiel openen.</source>
        <translation>رمز سري (يمكنك تركه فارغًا). مع الرمز لا يستطيع أي شخص آخر فتح ملفك الشخصي.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="209" />
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="210" />
        <source>Beginnen</source>
        <translation>ابدأ</translation>
    </message>
</context>
<context>
    <name>OrderAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="182" />
        <source>▲ Omhoog</source>
        <translation>▲ لأعلى</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="183" />
        <source>▼ Omlaag</source>
        <translation>▼ لأسفل</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="184" />
        <source>Alt + pijl omhoog</source>
        <translation>Alt + سهم لأعلى</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="185" />
        <source>Alt + pijl omlaag</source>
        <translation>Alt + سهم لأسفل</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="187" />
        <source>Kies een zin en zet hem hoger of lager met Alt en de pijltjes.</source>
        <translation>اختر جملة وحرّكها لأعلى أو لأسفل باستخدام Alt والأسهم.</translation>
    </message>
</context>
<context>
    <name>OwnVoiceDialog</name>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="173" />
        <source>Luisterfragment</source>
        <translation>مقطع استماع</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="173" />
        <source>Voorbeeldantwoord</source>
        <translation>إجابة نموذجية</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="176" />
        <source>(uw eigen geluid)</source>
        <translation>(صوتك الخاص)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="235" />
        <source>Geluidsbestand kiezen</source>
        <translation>اختر ملفاً صوتياً</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="237" />
        <source>Geluid</source>
        <translation>صوت</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="269" />
        <source>Opgeslagen. Leerlingen horen nu uw geluid bij '{label}'.</source>
        <translation>تم الحفظ. يسمع المتعلمون الآن صوتك في '{label}'.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="284" />
        <source>Deze itembank heeft geen luisterfragmenten en geen spreekopdrachten.</source>
        <translation>لا يحتوي بنك الأسئلة هذا على مقاطع استماع ولا على مهام تحدث.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="287" />
        <source>Nu: nog geen geluid.</source>
        <translation>الآن: لا يوجد صوت بعد.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="289" />
        <source>Nu: uw eigen geluid.</source>
        <translation>الآن: صوتك الخاص.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="291" />
        <source>Nu: {file}</source>
        <translation>الآن: {file}</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="294" />
        <source>Opname loopt: {time}</source>
        <translation>التسجيل جارٍ: {time}</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="299" />
        <source>Neem uw stem op of kies een geluidsbestand.</source>
        <translation>سجّل صوتك أو اختر ملفاً صوتياً.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="301" />
        <source>Nieuw: uw opname. Luister en zet hem in de itembank.</source>
        <translation>جديد: تسجيلك. استمع إليه ثم ضعه في بنك الأسئلة.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="304" />
        <source>Nieuw: {file}. Luister en zet het in de itembank.</source>
        <translation>جديد: {file}. استمع إليه ثم ضعه في بنك الأسئلة.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="308" />
        <source>■ Stop opname</source>
        <translation>■ إيقاف التسجيل</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="308" />
        <source>● Opnemen</source>
        <translation>● تسجيل</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="322" />
        <source>Eigen stem</source>
        <translation>صوتك الخاص</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="323" />
        <source>Eigen stem in '{title}'</source>
        <translation>صوتك الخاص في '{title}'</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="326" />
        <source>Kies een luisterfragment of een voorbeeldantwoord. Neem uw stem op of kies een geluidsbestand. Luister eerst. Zet het daarna in de itembank: leerlingen horen dan uw geluid, en het gaat mee als u de itembank exporteert.</source>
        <translation>اختر مقطع استماع أو إجابة نموذجية. سجّل صوتك أو اختر ملفاً صوتياً. استمع أولاً. ثم ضعه في بنك الأسئلة: سيسمع المتعلمون صوتك، وسيُصدَّر مع بنك الأسئلة.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="331" />
        <source>Wat leerlingen nu horen</source>
        <translation>ما يسمعه المتعلمون الآن</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="332" />
        <source>Nieuw geluid</source>
        <translation>صوت جديد</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="333" />
        <source>▶ Nu afspelen</source>
        <translation>▶ تشغيل الحالي</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="333" />
        <location filename="../gui/dialogs/own_voice.py" line="334" />
        <source>■ Stop</source>
        <translation>■ إيقاف</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="334" />
        <source>▶ Nieuw geluid afspelen</source>
        <translation>▶ تشغيل الصوت الجديد</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="335" />
        <source>Bestand kiezen…</source>
        <translation>اختر ملفاً…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="336" />
        <source>In de itembank zetten</source>
        <translation>ضعه في بنك الأسئلة</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="337" />
        <source>Sluiten</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="35" />
        <source>%n seconden</source>
        <translation><numerusform>%n ثانية</numerusform><numerusform>%n ثانية</numerusform><numerusform>%n ثانية</numerusform><numerusform>%n ثانية</numerusform><numerusform>%n ثانية</numerusform><numerusform>%n ثانية</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="38" />
        <source>%n minuten</source>
        <translation><numerusform>%n دقيقة</numerusform><numerusform>%n دقيقة</numerusform><numerusform>%n دقيقة</numerusform><numerusform>%n دقيقة</numerusform><numerusform>%n دقيقة</numerusform><numerusform>%n دقيقة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="40" />
        <source>%n uur</source>
        <translation><numerusform>%n ساعة</numerusform><numerusform>%n ساعة</numerusform><numerusform>%n ساعة</numerusform><numerusform>%n ساعة</numerusform><numerusform>%n ساعة</numerusform><numerusform>%n ساعة</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="66" />
        <location filename="../gui/dialogs/pin.py" line="91" />
        <source>U heeft te vaak een verkeerde code getypt.</source>
        <translation>لقد كتبت رمزًا خاطئًا مرات كثيرة.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="78" />
        <source>Even controleren…</source>
        <translation>لحظة، جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="103" />
        <source>Probeer het opnieuw.</source>
        <translation>حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="111" />
        <source>Wacht {wait}.</source>
        <translation>انتظر {wait}.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="123" />
        <source>Er ging iets mis. Probeer het opnieuw.</source>
        <translation>حدث خطأ ما. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PracticeFeedback</name>
    <message>
        <location filename="../gui/screens/reading.py" line="222" />
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation>أحسنت! هذه هي الإجابة الصحيحة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="224" />
        <source>Voor een deel goed: u krijgt {percent}% van de punten. Het beste antwoord is: {answer}</source>
        <translation>صحيح جزئياً: تحصل على {percent}% من النقاط. أفضل إجابة هي: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="229" />
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation>اقتربت. الإجابة الصحيحة هي: {answer}</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../gui/screens/profiles.py" line="93" />
        <source>Wie gaat er oefenen?</source>
        <translation>من سيتدرب؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="94" />
        <source>Nieuw profiel</source>
        <translation>ملف شخصي جديد</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="95" />
        <source>Openen</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="96" />
        <source>Docent</source>
        <translation>المعلم</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="26" />
        <source>Lezen</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="27" />
        <source>Luisteren</source>
        <translation>استماع</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="28" />
        <source>Spreken</source>
        <translation>تحدث</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="87" />
        <location filename="../gui/teacher/progress_tab.py" line="138" />
        <source>Alle leerlingen</source>
        <translation>كل الطلاب</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="136" />
        <source>Groep:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="139" />
        <source>De groep</source>
        <translation>المجموعة كلها</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="140" />
        <source>Per leerling</source>
        <translation>لكل طالب</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="143" />
        <source>Onderdeel</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="144" />
        <source>Met niveau</source>
        <translation>لديهم مستوى</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="145" />
        <source>Gemiddeld niveau</source>
        <translation>متوسط المستوى</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="146" />
        <source>Gem. kans A2</source>
        <translation>متوسط فرصة النجاح في A2</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="147" />
        <location filename="../gui/teacher/progress_tab.py" line="159" />
        <source>Vragen</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="148" />
        <source>Goed</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="149" />
        <source>Niveaus</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="154" />
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="155" />
        <source>Groep</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="160" />
        <source>Minuten</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="161" />
        <source>Laatst actief</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="162" />
        <source>Te beoordelen</source>
        <translation>بانتظار التقييم</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="163" />
        <source>Proefexamens</source>
        <translation>الامتحانات التجريبية</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="168" />
        <source>Per onderdeel: niveau nu · kans om het examen te halen (op het niveau van de leerling: A2 of B1). Een streepje: nog geen niveau.</source>
        <translation>لكل قسم: المستوى الآن · فرصة النجاح في الامتحان (في مستوى الطالب: A2 أو B1). الشَّرطة (-): لا يوجد مستوى بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/progress_tab.py" line="172" />
        <source>'nog onbekend': minder dan %n vragen gemaakt.</source>
        <translation><numerusform>'غير معروف بعد': أقل من %n سؤالًا.</numerusform>
            <numerusform>'غير معروف بعد': أقل من %n سؤالًا.</numerusform>
            <numerusform>'غير معروف بعد': أقل من %n سؤالًا.</numerusform>
            <numerusform>'غير معروف بعد': أقل من %n سؤالًا.</numerusform>
            <numerusform>'غير معروف بعد': أقل من %n سؤالًا.</numerusform>
            <numerusform>'غير معروف بعد': أقل من %n سؤالًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <location filename="../gui/screens/reading.py" line="398" />
        <source>Vraag {n} van {total} bij deze tekst</source>
        <translation>السؤال {n} من {total} عن هذا النص</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="417" />
        <source>Kies eerst een antwoord.</source>
        <translation>اختر إجابة أولًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="426" />
        <source>Uw antwoord is bewaard. Hier is de volgende vraag.</source>
        <translation>تم حفظ إجابتك. هذا هو السؤال التالي.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="455" />
        <source>Korte test: lezen</source>
        <translation>اختبار قصير: القراءة</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="458" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>هذا ليس امتحانًا. خذ وقتك وابذل جهدك. بعد بضعة أسئلة نعرف المستوى المناسب لك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="463" />
        <source>Lezen oefenen</source>
        <translation>التدريب على القراءة</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="464" />
        <source>Lees de tekst. Kies dan het goede antwoord.</source>
        <translation>اقرأ النص. ثم اختر الإجابة الصحيحة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="465" />
        <source>Stoppen</source>
        <translation>إنهاء التدريب</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="466" />
        <source>Controleer</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="467" />
        <source>Volgende vraag</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="468" />
        <source>Typ hier uw antwoord</source>
        <translation>اكتب إجابتك هنا</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message numerus="yes">
        <location filename="../gui/teacher/review_tab.py" line="152" />
        <location filename="../gui/teacher/review_tab.py" line="290" />
        <source>Opnames om te beoordelen: %n</source>
        <translation><numerusform>تسجيلات بانتظار التقييم: %n</numerusform>
            <numerusform>تسجيلات بانتظار التقييم: %n</numerusform>
            <numerusform>تسجيلات بانتظار التقييم: %n</numerusform>
            <numerusform>تسجيلات بانتظار التقييم: %n</numerusform>
            <numerusform>تسجيلات بانتظار التقييم: %n</numerusform>
            <numerusform>تسجيلات بانتظار التقييم: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="195" />
        <source>Kies links een opname.</source>
        <translation>اختر تسجيلًا من القائمة.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="204" />
        <source>{name}, {date} (duur: {seconds} sec.)</source>
        <translation>{name}، {date} (المدة بالثواني: {seconds})</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="216" />
        <source>Het geluidsbestand is niet gevonden: {path}</source>
        <translation>لم يتم العثور على الملف الصوتي: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="223" />
        <source>De opdracht wordt geladen…</source>
        <translation>جارٍ تحميل المهمة…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="228" />
        <source>Opdracht: {question}</source>
        <translation>المهمة: {question}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="230" />
        <source>Voorbeeldantwoord: {answer}</source>
        <translation>إجابة نموذجية: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="244" />
        <location filename="../gui/teacher/review_tab.py" line="264" />
        <source>voldoende</source>
        <translation>كافٍ</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="244" />
        <location filename="../gui/teacher/review_tab.py" line="264" />
        <source>onvoldoende</source>
        <translation>غير كافٍ</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="246" />
        <source>Totaal: {points} van {max} punten: {verdict}</source>
        <translation>المجموع: {points} من {max} نقاط: {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="266" />
        <source>Opgeslagen: {points} van {max} punten, {verdict}.</source>
        <translation>تم الحفظ: {points} من {max} نقاط، {verdict}.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="282" />
        <source>Inhoud: doet de leerling wat de opdracht vraagt?</source>
        <translation>المحتوى: هل يفعل الطالب ما تطلبه المهمة؟</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="283" />
        <source>Verstaanbaar: uitspraak en duidelijkheid</source>
        <translation>الوضوح: النطق وسهولة الفهم</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="284" />
        <source>Woordenschat</source>
        <translation>المفردات</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="285" />
        <source>Grammatica</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="286" />
        <source>Vloeiend spreken</source>
        <translation>الطلاقة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="289" />
        <source>(0–2)</source>
        <translation>(0–2)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="291" />
        <source>Ook beoordeelde opnames tonen</source>
        <translation>إظهار التسجيلات التي تم تقييمها أيضًا</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="292" />
        <source>Opdracht</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="294" />
        <source>Beoordeling (voldoende: 6 van 10 punten en minstens 1 punt voor inhoud)</source>
        <translation>التقييم (كافٍ: 6 من 10 نقاط، ونقطة واحدة على الأقل للمحتوى)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="296" />
        <source>Opmerking:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="297" />
        <source>▶ Opname afspelen</source>
        <translation>▶ تشغيل التسجيل</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="297" />
        <location filename="../gui/teacher/review_tab.py" line="298" />
        <source>■ Stop</source>
        <translation>■ إيقاف</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="298" />
        <source>▶ Voorbeeld afspelen</source>
        <translation>▶ تشغيل المثال</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="299" />
        <source>Beoordeling opslaan</source>
        <translation>حفظ التقييم</translation>
    </message>
</context>
<context>
    <name>SchoolSetupDialog</name>
    <message>
        <location filename="../gui/dialogs/about.py" line="104" />
        <source>ingesteld door de school (site.toml)</source>
        <translation>ضبطته المدرسة ⁦(site.toml)⁩</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="106" />
        <source>ingesteld op deze computer</source>
        <translation>مضبوط على هذا الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="108" />
        <source>nog niet ingesteld</source>
        <translation>غير مضبوط بعد</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="113" />
        <source>gevonden</source>
        <translation>موجود</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="113" />
        <source>niet gevonden</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="119" />
        <location filename="../gui/dialogs/about.py" line="120" />
        <location filename="../gui/dialogs/about.py" line="122" />
        <source>(geen)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="126" />
        <source>Over deze installatie</source>
        <translation>عن هذا التثبيت</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="129" />
        <source>Voor de ICT-beheerder: hier staan de instellingen van de school en de gegevens. Zie docs/school-setup.md.</source>
        <translation>لمسؤول تقنية المعلومات: هنا إعدادات المدرسة والبيانات. انظر docs/school-setup.md.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="134" />
        <source>Versie:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="135" />
        <source>Instellingen school:</source>
        <translation>إعدادات المدرسة:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="136" />
        <source>Dat bestand is:</source>
        <translation>هذا الملف:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="137" />
        <source>Eigen instellingen:</source>
        <translation>الإعدادات الخاصة:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="138" />
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="139" />
        <source>Map met gegevens:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="140" />
        <source>Map met eigen instellingen:</source>
        <translation>مجلد إعداداتك الخاصة:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="141" />
        <source>Map met opnames:</source>
        <translation>مجلد التسجيلات:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="142" />
        <source>Gedeelde itembanken:</source>
        <translation>بنوك الأسئلة المشتركة:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="143" />
        <source>Gedeelde opnames:</source>
        <translation>التسجيلات المشتركة:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="144" />
        <source>Docent-PIN:</source>
        <translation>رمز PIN للمعلم:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="145" />
        <source>Vastgezet door school:</source>
        <translation>مقفل من المدرسة:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="151" />
        <source>Onderdelen en hun licenties:</source>
        <translation>المكونات وتراخيصها:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="153" />
        <source>Qt en PySide6 vallen onder de LGPL-3.0. U mag de Qt-bibliotheken vervangen door een eigen versie. Ze staan in: {folder}. De teksten van de licenties staan in: {texts}.</source>
        <translation>يخضع Qt وPySide6 لترخيص LGPL-3.0. يمكنك استبدال مكتبات Qt بنسخة خاصة بك. توجد في: {folder}. توجد نصوص التراخيص في: {texts}.</translation>
    </message>
</context>
<context>
    <name>SoundCheckScreen</name>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="262" />
        <source>Geluid testen</source>
        <translation>اختبار الصوت</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="265" />
        <source>Test eerst uw koptelefoon en uw microfoon. Dat doet u ook bij het echte examen.</source>
        <translation>اختبر سماعة الرأس والميكروفون أولًا. ستفعل ذلك أيضًا في الامتحان الحقيقي.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="270" />
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="271" />
        <source>Opnieuw kijken</source>
        <translation>البحث مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="274" />
        <source>Verder naar luisteren</source>
        <translation>المتابعة إلى الاستماع</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="275" />
        <source>Verder naar spreken</source>
        <translation>المتابعة إلى التحدث</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="276" />
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="281" />
        <source>1. Koptelefoon of luidspreker</source>
        <translation>1. سماعة الرأس أو مكبر الصوت</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="284" />
        <location filename="../gui/screens/soundcheck.py" line="320" />
        <source>Gevonden: {name}</source>
        <translation>تم العثور على: {name}</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="285" />
        <source>Klik op Luisteren. Hoort u het geluid goed?</source>
        <translation>انقر على «استماع». هل تسمع الصوت جيدًا؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="287" />
        <location filename="../gui/screens/soundcheck.py" line="322" />
        <source>Niet gevonden.</source>
        <translation>لم يتم العثور عليه.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="290" />
        <source>Ja, ik hoor het</source>
        <translation>نعم، أسمعه</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="291" />
        <location filename="../gui/screens/soundcheck.py" line="352" />
        <source>Nee</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="294" />
        <source>We vinden geen luidspreker of koptelefoon. Zonder geluid kunt u niet luisteren.
Sluit een koptelefoon of luidsprekers aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>لا نجد مكبر صوت أو سماعة رأس. بدون صوت لا يمكنك الاستماع.
وصّل سماعة رأس أو مكبرات صوت. ثم انقر على «البحث مرة أخرى».</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="300" />
        <source>Goed zo. Het geluid werkt.</source>
        <translation>أحسنت. الصوت يعمل.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="303" />
        <source>Zet het geluid van de computer harder. Kijk of de koptelefoon goed vastzit. Probeer het dan nog een keer.</source>
        <translation>ارفع صوت الكمبيوتر. تأكد أن سماعة الرأس موصولة جيدًا. ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="317" />
        <source>2. Microfoon</source>
        <translation>2. الميكروفون</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="327" />
        <source>Neem 3 seconden op</source>
        <translation>سجّل 3 ثوانٍ</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="329" />
        <source>Opnieuw opnemen</source>
        <translation>التسجيل مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="334" />
        <source>Spreek nu. Zeg bijvoorbeeld: 'Goedemorgen, ik heet …'.</source>
        <translation>تكلم الآن. قل مثلًا: «Goedemorgen, ik heet …» (صباح الخير، اسمي …).</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/soundcheck.py" line="336" />
        <source>Nog %n seconden.</source>
        <translation><numerusform>الثواني المتبقية: %n.</numerusform>
            <numerusform>الثواني المتبقية: %n.</numerusform>
            <numerusform>الثواني المتبقية: %n.</numerusform>
            <numerusform>الثواني المتبقية: %n.</numerusform>
            <numerusform>الثواني المتبقية: %n.</numerusform>
            <numerusform>الثواني المتبقية: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="340" />
        <source>Dit is uw opname. Klik op Luisteren om hem nog eens te horen.</source>
        <translation>هذا تسجيلك. انقر على «استماع» لتسمعه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="343" />
        <source>Klik op de knop. Zeg dan iets. U heeft 3 seconden.</source>
        <translation>انقر على الزر. ثم قل شيئًا. لديك 3 ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="350" />
        <source>Hoort u uw eigen stem?</source>
        <translation>هل تسمع صوتك؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="351" />
        <source>Ja, ik hoor mijzelf</source>
        <translation>نعم، أسمع نفسي</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="355" />
        <source>We vinden geen microfoon. Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.
U kunt ook zonder microfoon spreken oefenen. U zegt dan uw antwoord hardop.</source>
        <translation>لا نجد ميكروفونًا. وصّل ميكروفونًا أو سماعة رأس فيها ميكروفون. ثم انقر على «البحث مرة أخرى».
يمكنك أيضًا التدريب على التحدث بدون ميكروفون. عندها تقول إجابتك بصوت عالٍ.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="362" />
        <source>Goed zo. De microfoon werkt.</source>
        <translation>أحسنت. الميكروفون يعمل.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="365" />
        <source>Spreek wat harder, of houd de microfoon dichter bij uw mond. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>تكلم بصوت أعلى قليلًا، أو قرّب الميكروفون من فمك. تأكد أن الميكروفون مشغّل. ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SpeakingScreen</name>
    <message>
        <location filename="../gui/screens/speaking.py" line="308" />
        <source>Opdracht {n} van {total}</source>
        <translation>المهمة {n} من {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="418" />
        <source>Geeft u antwoord op de vraag?</source>
        <translation>هل تجيب عن السؤال؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="419" />
        <source>Spreekt u in hele zinnen?</source>
        <translation>هل تتكلم بجمل كاملة؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="420" />
        <source>Spreekt u duidelijk?</source>
        <translation>هل تتكلم بوضوح؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="444" />
        <location filename="../gui/screens/speaking.py" line="560" />
        <source>Uw antwoord is niet bewaard</source>
        <translation>لم يتم حفظ إجابتك</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="493" />
        <source>Kies eerst een antwoord.</source>
        <translation>اختر إجابة أولًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="500" />
        <source>Goed zo! Dat zegt u in deze situatie.</source>
        <translation>أحسنت! هذا ما تقوله في هذا الموقف.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="502" />
        <source>Bijna. Beter is: {answer}</source>
        <translation>اقتربت. الأفضل أن تقول: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="546" />
        <source>Spreken oefenen</source>
        <translation>التدريب على التحدث</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="549" />
        <source>U oefent zonder microfoon. Zeg uw antwoord hardop. Vergelijk het daarna.</source>
        <translation>أنت تتدرب بدون ميكروفون. قل إجابتك بصوت عالٍ. ثم قارنها.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="553" />
        <source>Luister naar de opdracht. Denk even na. Spreek dan uw antwoord in.</source>
        <translation>استمع إلى المهمة. فكّر قليلًا. ثم سجّل إجابتك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="555" />
        <source>Stoppen</source>
        <translation>إنهاء التدريب</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="557" />
        <source>De opdracht:</source>
        <translation>المهمة:</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="558" />
        <source>Luister naar de situatie. Kies dan de goede reactie.</source>
        <translation>استمع إلى الموقف. ثم اختر الرد الصحيح.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="562" />
        <source>Luister naar uw antwoord</source>
        <translation>استمع إلى إجابتك</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="564" />
        <source>Een goed antwoord</source>
        <translation>إجابة جيدة</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="565" />
        <source>Kijk zelf</source>
        <translation>تحقق بنفسك</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="567" />
        <source>Vergelijk uw antwoord met het goede antwoord. Zet een vinkje als het klopt.</source>
        <translation>قارن إجابتك بالإجابة الجيدة. ضع علامة في المربع إذا كانت صحيحة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="569" />
        <location filename="../gui/screens/speaking.py" line="572" />
        <source>Volgende opdracht</source>
        <translation>المهمة التالية</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="570" />
        <source>Opnieuw opnemen</source>
        <translation>التسجيل مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="571" />
        <source>Controleer</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="581" />
        <source>Even geduld. We luisteren naar uw opname…</source>
        <translation>لحظة من فضلك. نحن نستمع إلى تسجيلك…</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="583" />
        <source>De microfoon doet het niet meer</source>
        <translation>توقف الميكروفون عن العمل</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="585" />
        <source>Er is geen microfoon</source>
        <translation>لا يوجد ميكروفون</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="588" />
        <source>We vinden geen microfoon. Daarom kunnen we uw antwoord niet opnemen.</source>
        <translation>لا نجد ميكروفونًا. لذلك لا يمكننا تسجيل إجابتك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="590" />
        <source>U kunt toch oefenen. U zegt uw antwoord hardop. Daarna hoort en leest u een goed antwoord. U kijkt zelf of uw antwoord goed was.</source>
        <translation>يمكنك التدريب رغم ذلك. تقول إجابتك بصوت عالٍ. بعد ذلك تسمع وتقرأ إجابة جيدة. ثم تتحقق بنفسك: هل كانت إجابتك جيدة؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="594" />
        <source>Wilt u wel opnemen? Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>هل تريد التسجيل؟ وصّل ميكروفونًا أو سماعة رأس فيها ميكروفون. ثم انقر على «البحث مرة أخرى».</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="599" />
        <source>We vinden ook geen luidspreker. U kunt de opdrachten wel lezen.</source>
        <translation>لا نجد أيضًا مكبر صوت. لكن يمكنك قراءة المهام.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="601" />
        <source>Oefenen zonder opname</source>
        <translation>التدريب بدون تسجيل</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="602" />
        <source>Opnieuw kijken</source>
        <translation>البحث مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="603" />
        <source>Terug naar het begin</source>
        <translation>العودة إلى البداية</translation>
    </message>
</context>
<context>
    <name>StartupProblemScreen</name>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="89" />
        <location filename="../gui/screens/startup_problem.py" line="124" />
        <source>Even geduld. Het programma wordt klaargezet…</source>
        <translation>لحظة من فضلك. البرنامج قيد التحضير…</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="95" />
        <source>Even geduld. De reservekopie wordt teruggezet…</source>
        <translation>لحظة من فضلك. يتم استرجاع النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="106" />
        <location filename="../gui/screens/startup_problem.py" line="155" />
        <source>Opnieuw beginnen</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="108" />
        <source>Wilt u opnieuw beginnen met een leeg programma? Het oude bestand wordt niet weggegooid: het blijft in de map met reservekopieën.</source>
        <translation>هل تريد البدء من جديد ببرنامج فارغ؟ لن يُحذف الملف القديم: سيبقى في مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="115" />
        <source>Ja, opnieuw beginnen</source>
        <translation>نعم، ابدأ من جديد</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="116" />
        <source>Nee</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="138" />
        <source>Het programma kan nu niet starten</source>
        <translation>لا يمكن تشغيل البرنامج الآن</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="144" />
        <source>Er ging iets mis bij het starten. Probeer het opnieuw. Lukt het niet? Vraag dan hulp aan de docent of de ICT-beheerder.</source>
        <translation>حدث خطأ أثناء التشغيل. حاول مرة أخرى. إذا لم ينجح ذلك، فاطلب المساعدة من المعلم أو مسؤول تقنية المعلومات.</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="149" />
        <source>Er is niets weggegooid. Uw oude bestand en de reservekopieën blijven bewaard.</source>
        <translation>لم يُحذف شيء. ملفك القديم والنسخ الاحتياطية محفوظة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="151" />
        <source>Uw antwoorden van eerder zijn niet veranderd.</source>
        <translation>إجاباتك السابقة لم تتغير.</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="153" />
        <source>Opnieuw proberen</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="154" />
        <source>Reservekopie terugzetten</source>
        <translation>استرجاع النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="156" />
        <source>Afsluiten</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../gui/screens/results.py" line="59" />
        <source>de gemeente</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="60" />
        <source>werk</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="61" />
        <source>gezondheid</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="62" />
        <source>wonen</source>
        <translation>السكن</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="63" />
        <source>school</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="64" />
        <source>winkelen</source>
        <translation>التسوق</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="65" />
        <source>reizen</source>
        <translation>السفر</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="66" />
        <source>vrije tijd</source>
        <translation>وقت الفراغ</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="67" />
        <source>geld</source>
        <translation>المال</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="68" />
        <source>familie</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="69" />
        <source>buren</source>
        <translation>الجيران</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="70" />
        <source>instanties</source>
        <translation>المؤسسات الرسمية</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="71" />
        <source>nieuws</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="72" />
        <source>algemeen</source>
        <translation>مواضيع عامة</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="86" />
        <source>U heeft %n vragen gemaakt.</source>
        <translation><numerusform>لقد أجبت عن %n أسئلة.</numerusform>
            <numerusform>لقد أجبت عن %n أسئلة.</numerusform>
            <numerusform>لقد أجبت عن %n أسئلة.</numerusform>
            <numerusform>لقد أجبت عن %n أسئلة.</numerusform>
            <numerusform>لقد أجبت عن %n أسئلة.</numerusform>
            <numerusform>لقد أجبت عن %n أسئلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="88" />
        <source>Voor een niveau zijn er minstens %n nodig.</source>
        <translation><numerusform>لتحديد المستوى يلزم %n على الأقل.</numerusform>
            <numerusform>لتحديد المستوى يلزم %n على الأقل.</numerusform>
            <numerusform>لتحديد المستوى يلزم %n على الأقل.</numerusform>
            <numerusform>لتحديد المستوى يلزم %n على الأقل.</numerusform>
            <numerusform>لتحديد المستوى يلزم %n على الأقل.</numerusform>
            <numerusform>لتحديد المستوى يلزم %n على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="93" />
        <source>Tot nu toe lijkt uw niveau {level}. Dat is nog niet zeker.</source>
        <translation>حتى الآن يبدو أن مستواك {level}. هذا ليس مؤكدًا بعد.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="97" />
        <source>Tot nu toe lijkt uw niveau tussen {low} en {high}.</source>
        <translation>حتى الآن يبدو أن مستواك بين {low} و{high}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="101" />
        <source>Maak de korte test nog een keer helemaal. Dan weten we het beter.</source>
        <translation>أعد الاختبار القصير كاملًا. عندها نعرف بشكل أفضل.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="105" />
        <source>Naar het begin</source>
        <translation>إلى البداية</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="107" />
        <source>De korte test opnieuw maken</source>
        <translation>إعادة الاختبار القصير</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="109" />
        <source>Nog een keer oefenen</source>
        <translation>تدرّب مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="116" />
        <source>De test is klaar. Dank u wel!</source>
        <translation>انتهى الاختبار. شكرًا لك!</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="118" />
        <source>Klaar! Goed gedaan.</source>
        <translation>انتهيت! أحسنت.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="125" />
        <source>U heeft %n opdrachten ingesproken.</source>
        <translation><numerusform>المهام التي سجلت إجاباتها: %n.</numerusform>
            <numerusform>المهام التي سجلت إجاباتها: %n.</numerusform>
            <numerusform>المهام التي سجلت إجاباتها: %n.</numerusform>
            <numerusform>المهام التي سجلت إجاباتها: %n.</numerusform>
            <numerusform>المهام التي سجلت إجاباتها: %n.</numerusform>
            <numerusform>المهام التي سجلت إجاباتها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="126" />
        <location filename="../gui/screens/results.py" line="140" />
        <source>U oefende %n minuten.</source>
        <translation><numerusform>مدة التدريب بالدقائق: %n.</numerusform>
            <numerusform>مدة التدريب بالدقائق: %n.</numerusform>
            <numerusform>مدة التدريب بالدقائق: %n.</numerusform>
            <numerusform>مدة التدريب بالدقائق: %n.</numerusform>
            <numerusform>مدة التدريب بالدقائق: %n.</numerusform>
            <numerusform>مدة التدريب بالدقائق: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="130" />
        <source>Bij {good} van de %n keuzevragen koos u de goede reactie.</source>
        <translation><numerusform>أسئلة الاختيار: اخترت الرد الصحيح في {good} من %n.</numerusform>
            <numerusform>أسئلة الاختيار: اخترت الرد الصحيح في {good} من %n.</numerusform>
            <numerusform>أسئلة الاختيار: اخترت الرد الصحيح في {good} من %n.</numerusform>
            <numerusform>أسئلة الاختيار: اخترت الرد الصحيح في {good} من %n.</numerusform>
            <numerusform>أسئلة الاختيار: اخترت الرد الصحيح في {good} من %n.</numerusform>
            <numerusform>أسئلة الاختيار: اخترت الرد الصحيح في {good} من %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="136" />
        <source>U heeft {good} van de %n vragen goed.</source>
        <translation><numerusform>الإجابات الصحيحة: {good} من %n.</numerusform>
            <numerusform>الإجابات الصحيحة: {good} من %n.</numerusform>
            <numerusform>الإجابات الصحيحة: {good} من %n.</numerusform>
            <numerusform>الإجابات الصحيحة: {good} من %n.</numerusform>
            <numerusform>الإجابات الصحيحة: {good} من %n.</numerusform>
            <numerusform>الإجابات الصحيحة: {good} من %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="163" />
        <source>%n opdrachten zijn niet opgenomen.</source>
        <translation><numerusform>مهام لم يتم تسجيلها: %n.</numerusform>
            <numerusform>مهام لم يتم تسجيلها: %n.</numerusform>
            <numerusform>مهام لم يتم تسجيلها: %n.</numerusform>
            <numerusform>مهام لم يتم تسجيلها: %n.</numerusform>
            <numerusform>مهام لم يتم تسجيلها: %n.</numerusform>
            <numerusform>مهام لم يتم تسجيلها: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="149" />
        <source>Uw opnames zijn bewaard. Uw docent kan ze later beluisteren.</source>
        <translation>تسجيلاتك محفوظة. يمكن لمعلمك الاستماع إليها لاحقًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="151" />
        <source>Er zijn geen opnames bewaard.</source>
        <translation>لم يتم حفظ أي تسجيلات.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="155" />
        <source>Uw niveau is nu {level}. Eerst was het {before}.</source>
        <translation>مستواك الآن {level}. قبل ذلك كان {before}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="160" />
        <source>Uw niveau is nu {level}.</source>
        <translation>مستواك الآن {level}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="165" />
        <source>Test de microfoon bij 'Geluid testen'. Probeer het dan nog een keer.</source>
        <translation>اختبر الميكروفون في 'اختبار الصوت'. ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="170" />
        <source>Oefen nog wat meer met fragmenten over: {themes}.</source>
        <translation>تدرّب أكثر قليلًا على مقاطع صوتية عن: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="172" />
        <source>Oefen nog wat meer met teksten over: {themes}.</source>
        <translation>تدرّب أكثر قليلًا على نصوص عن: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="177" />
        <source>Alles ging goed. Probeer de volgende keer iets moeilijkers.</source>
        <translation>كل شيء كان جيدًا. في المرة القادمة جرّب شيئًا أصعب.</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <location filename="../gui/dialogs/pin.py" line="192" />
        <source>Deze PIN klopt niet.</source>
        <translation>رقم PIN هذا غير صحيح.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="204" />
        <source>De twee PIN's zijn niet hetzelfde.</source>
        <translation>الرمزان غير متطابقين.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="214" />
        <source>Docent</source>
        <translation>المعلم</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="220" />
        <source>Er is nog geen docent-PIN op deze computer. Kies een PIN van minstens 4 tekens (beter: 6 of meer). Leerlingen mogen deze PIN niet weten.</source>
        <translation>لا يوجد رمز PIN للمعلم على هذا الكمبيوتر بعد. اختر رمزًا من 4 أحرف على الأقل (الأفضل: 6 أو أكثر). يجب ألا يعرف الطلاب هذا الرمز.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="226" />
        <source>Typ de docent-PIN. Daarna ziet u de resultaten van alle leerlingen.</source>
        <translation>اكتب رمز PIN للمعلم. بعد ذلك ترى نتائج كل الطلاب.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="228" />
        <source>PIN:</source>
        <translation>رمز PIN:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="229" />
        <source>Nog een keer:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="230" />
        <source>PIN opslaan</source>
        <translation>حفظ رمز PIN</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="230" />
        <source>Openen</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="231" />
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message>
        <location filename="../gui/screens/teacher.py" line="93" />
        <source>Docent</source>
        <translation>المعلم</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="94" />
        <source>Over deze installatie</source>
        <translation>عن هذا التثبيت</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="95" />
        <source>Docent afsluiten</source>
        <translation>إغلاق وضع المعلم</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="97" />
        <source>Leerlingen en groepen</source>
        <translation>الطلاب والمجموعات</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="98" />
        <source>Voortgang</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="99" />
        <source>Itembanken</source>
        <translation>بنوك الأسئلة</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="100" />
        <source>Spreken beoordelen</source>
        <translation>تقييم التحدث</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="101" />
        <source>Exporteren</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <location filename="../audio/messages.py" line="75" />
        <source>We vinden geen luidspreker of koptelefoon. Sluit een koptelefoon of luidsprekers aan en probeer het opnieuw.</source>
        <translation>لا نجد مكبر صوت أو سماعة رأس. وصّل سماعة رأس أو مكبرات صوت وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="80" />
        <source>We vinden geen microfoon. Sluit een microfoon aan en probeer het opnieuw.</source>
        <translation>لا نجد ميكروفونًا. وصّل ميكروفونًا وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="83" />
        <source>De microfoon doet het niet meer. Wat u al had gezegd, is bewaard.</source>
        <translation>توقف الميكروفون عن العمل. ما قلته حتى الآن محفوظ.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="86" />
        <source>De computer is vol. Uw opname is niet bewaard. Vraag hulp aan uw docent.</source>
        <translation>ذاكرة الكمبيوتر ممتلئة. لم يتم حفظ تسجيلك. اطلب المساعدة من معلمك.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="89" />
        <source>Dit geluid kan niet worden afgespeeld. Het bestand is kapot of er nog niet.</source>
        <translation>لا يمكن تشغيل هذا الصوت. الملف تالف أو غير موجود بعد.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="92" />
        <source>Het programma om geluid om te zetten ontbreekt (ffmpeg).</source>
        <translation>البرنامج الذي يحوّل الصوت غير موجود ⁦(ffmpeg)⁩.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="95" />
        <source>Er ging iets mis met het geluid. Probeer het opnieuw.</source>
        <translation>حدث خطأ في الصوت. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="32" />
        <source>U sprak 1 seconde.</source>
        <translation>تكلمت ثانية واحدة.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="33" />
        <source>U sprak {seconds} seconden.</source>
        <translation>مدة كلامك بالثواني: {seconds}.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="34" />
        <source>Een goed antwoord duurt {low} tot {high} seconden.</source>
        <translation>مدة الإجابة الجيدة بالثواني: من {low} إلى {high}.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="37" />
        <source>We hoorden geen stem. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>لم نسمع صوتًا. تأكد أن الميكروفون مشغّل. ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="41" />
        <source>Uw stem was zacht. Spreek wat harder, of houd de microfoon dichter bij uw mond.</source>
        <translation>كان صوتك منخفضًا. تكلم بصوت أعلى قليلًا، أو قرّب الميكروفون من فمك.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="44" />
        <source>Het geluid was te hard. Spreek wat zachter, of houd de microfoon verder weg.</source>
        <translation>كان الصوت عاليًا جدًا. تكلم بصوت أخفض قليلًا، أو أبعد الميكروفون عن فمك.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="47" />
        <source>Vertel wat meer.</source>
        <translation>قل أكثر قليلًا.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="48" />
        <source>Probeer het korter te zeggen.</source>
        <translation>حاول أن تقولها بشكل أقصر.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="49" />
        <source>Dat is een goede lengte. Goed gedaan!</source>
        <translation>هذا طول جيد. أحسنت!</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="50" />
        <source>U begon na {seconds} seconden met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>بدأت الكلام متأخرًا. عدد الثواني: {seconds}. لا بأس. لكن حاول أن تبدأ أبكر قليلًا.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="53" />
        <source>U was een keer {seconds} seconden stil. Even nadenken mag. Praat daarna door.</source>
        <translation>سكتّ مرة لفترة. عدد الثواني: {seconds}. لا بأس بالتفكير قليلًا. ثم تابع الكلام.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="61" />
        <source>U begon na 1 seconde met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>بدأت الكلام بعد ثانية واحدة. لا بأس. لكن حاول أن تبدأ أبكر قليلًا.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="64" />
        <source>U was een keer 1 seconde stil. Even nadenken mag. Praat daarna door.</source>
        <translation>سكتّ مرة لمدة ثانية واحدة. لا بأس بالتفكير قليلًا. ثم تابع الكلام.</translation>
    </message>
</context>
<context>
    <name>exam</name>
    <message>
        <location filename="../gui/exam_texts.py" line="22" />
        <source>Lezen</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="23" />
        <source>Luisteren</source>
        <translation>استماع</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="24" />
        <source>Spreken</source>
        <translation>تحدث</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="31" />
        <source>Oefenset met tijd: {skill} {level}</source>
        <translation>مجموعة تمارين بوقت محدد: {skill} {level}</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="34" />
        <source>Examen {skill} {level}</source>
        <translation>امتحان {skill} {level}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="49" />
        <source>Er zijn %n opdrachten.</source>
        <translation><numerusform>عدد المهام: %n.</numerusform><numerusform>عدد المهام: %n.</numerusform><numerusform>عدد المهام: %n.</numerusform><numerusform>عدد المهام: %n.</numerusform><numerusform>عدد المهام: %n.</numerusform><numerusform>عدد المهام: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="52" />
        <source>Bij %n opdrachten spreekt u een antwoord in.</source>
        <translation><numerusform>في بعض المهام تسجل إجابة (عددها: %n).</numerusform><numerusform>في بعض المهام تسجل إجابة (عددها: %n).</numerusform><numerusform>في بعض المهام تسجل إجابة (عددها: %n).</numerusform><numerusform>في بعض المهام تسجل إجابة (عددها: %n).</numerusform><numerusform>في بعض المهام تسجل إجابة (عددها: %n).</numerusform><numerusform>في بعض المهام تسجل إجابة (عددها: %n).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="54" />
        <source>Bij %n opdrachten kiest u de goede reactie.</source>
        <translation><numerusform>وفي مهام أخرى تختار الرد الصحيح (عددها: %n).</numerusform><numerusform>وفي مهام أخرى تختار الرد الصحيح (عددها: %n).</numerusform><numerusform>وفي مهام أخرى تختار الرد الصحيح (عددها: %n).</numerusform><numerusform>وفي مهام أخرى تختار الرد الصحيح (عددها: %n).</numerusform><numerusform>وفي مهام أخرى تختار الرد الصحيح (عددها: %n).</numerusform><numerusform>وفي مهام أخرى تختار الرد الصحيح (عددها: %n).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="65" />
        <source>Er zijn %n vragen.</source>
        <translation><numerusform>عدد الأسئلة: %n.</numerusform><numerusform>عدد الأسئلة: %n.</numerusform><numerusform>عدد الأسئلة: %n.</numerusform><numerusform>عدد الأسئلة: %n.</numerusform><numerusform>عدد الأسئلة: %n.</numerusform><numerusform>عدد الأسئلة: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="66" />
        <source>U heeft %n minuten.</source>
        <translation><numerusform>الوقت المتاح بالدقائق: %n.</numerusform><numerusform>الوقت المتاح بالدقائق: %n.</numerusform><numerusform>الوقت المتاح بالدقائق: %n.</numerusform><numerusform>الوقت المتاح بالدقائق: %n.</numerusform><numerusform>الوقت المتاح بالدقائق: %n.</numerusform><numerusform>الوقت المتاح بالدقائق: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="69" />
        <source>Eerst maakt u %n oefenvragen. Die tellen niet mee. Daarna begint de tijd.</source>
        <translation><numerusform>أولًا تجيب عن أسئلة تدريبية (عددها: %n). هذه لا تُحتسب. بعد ذلك يبدأ الوقت.</numerusform><numerusform>أولًا تجيب عن أسئلة تدريبية (عددها: %n). هذه لا تُحتسب. بعد ذلك يبدأ الوقت.</numerusform><numerusform>أولًا تجيب عن أسئلة تدريبية (عددها: %n). هذه لا تُحتسب. بعد ذلك يبدأ الوقت.</numerusform><numerusform>أولًا تجيب عن أسئلة تدريبية (عددها: %n). هذه لا تُحتسب. بعد ذلك يبدأ الوقت.</numerusform><numerusform>أولًا تجيب عن أسئلة تدريبية (عددها: %n). هذه لا تُحتسب. بعد ذلك يبدأ الوقت.</numerusform><numerusform>أولًا تجيب عن أسئلة تدريبية (عددها: %n). هذه لا تُحتسب. بعد ذلك يبدأ الوقت.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="80" />
        <source>U ziet geen klok, net als bij het echte examen.</source>
        <translation>لا ترى ساعة، تمامًا كما في الامتحان الحقيقي.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="96" />
        <source>U mag elk fragment %n keer horen. Nog een keer luisteren kost wel tijd.</source>
        <translation><numerusform>يمكنك الاستماع إلى كل مقطع صوتي. عدد المرات المسموح بها: %n. لكن الاستماع مرة أخرى يأخذ من وقتك.</numerusform><numerusform>يمكنك الاستماع إلى كل مقطع صوتي. عدد المرات المسموح بها: %n. لكن الاستماع مرة أخرى يأخذ من وقتك.</numerusform><numerusform>يمكنك الاستماع إلى كل مقطع صوتي. عدد المرات المسموح بها: %n. لكن الاستماع مرة أخرى يأخذ من وقتك.</numerusform><numerusform>يمكنك الاستماع إلى كل مقطع صوتي. عدد المرات المسموح بها: %n. لكن الاستماع مرة أخرى يأخذ من وقتك.</numerusform><numerusform>يمكنك الاستماع إلى كل مقطع صوتي. عدد المرات المسموح بها: %n. لكن الاستماع مرة أخرى يأخذ من وقتك.</numerusform><numerusform>يمكنك الاستماع إلى كل مقطع صوتي. عدد المرات المسموح بها: %n. لكن الاستماع مرة أخرى يأخذ من وقتك.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="136" />
        <source>Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed is genoeg. Dat is geen officiële grens.</source>
        <translation><numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform><numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform><numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform><numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform><numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform><numerusform>تقول مواقع التحضير للامتحان: حوالي {n} إجابات صحيحة من %n تكفي. هذا ليس حدًا رسميًا.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="153" />
        <source>U krijgt geen melding over de tijd.</source>
        <translation>لن تتلقى رسالة عن الوقت.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="156" />
        <source>{first} en {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="159" />
        <source>U krijgt een melding als u {moments} heeft.</source>
        <translation>ستتلقى رسالة في هذه اللحظات: {moments}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="170" />
        <source>nog %n minuten</source>
        <translation><numerusform>الدقائق المتبقية: %n</numerusform><numerusform>الدقائق المتبقية: %n</numerusform><numerusform>الدقائق المتبقية: %n</numerusform><numerusform>الدقائق المتبقية: %n</numerusform><numerusform>الدقائق المتبقية: %n</numerusform><numerusform>الدقائق المتبقية: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="61" />
        <source>Bij elke opdracht spreekt u een antwoord in.</source>
        <translation>في كل مهمة تسجل إجابة.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="77" />
        <source>Boven in het scherm ziet u hoeveel tijd u nog heeft.</source>
        <translation>في أعلى الشاشة ترى الوقت المتبقي لك.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="86" />
        <source>Onderaan staan de nummers van alle vragen. U mag zelf kiezen welke vraag u maakt. U kunt ook terug.</source>
        <translation>في الأسفل أرقام كل الأسئلة. يمكنك أن تختار السؤال الذي تجيب عنه. يمكنك أيضًا الرجوع.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="93" />
        <source>U gaat steeds naar de volgende opdracht. Terug kan niet.</source>
        <translation>تنتقل دائمًا إلى المهمة التالية. لا يمكن الرجوع.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="105" />
        <source>U hoort de opdracht. U krijgt even tijd om na te denken. Na een piep spreekt u uw antwoord in.</source>
        <translation>تسمع المهمة. يكون لديك وقت قصير للتفكير. بعد صوت التنبيه تسجل إجابتك.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="112" />
        <source>Aan het einde luistert u zelf naar uw opnames. U kijkt zelf of ze goed zijn, of uw docent doet dat.</source>
        <translation>في النهاية تستمع بنفسك إلى تسجيلاتك. تتحقق بنفسك هل هي جيدة، أو يفعل ذلك معلمك.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="120" />
        <source>Elke goede vraag is 1 punt. Een vraag zonder antwoord is fout. Kies dus altijd een antwoord.</source>
        <translation>كل إجابة صحيحة تساوي نقطة واحدة. السؤال بدون إجابة خطأ. لذلك اختر إجابة دائمًا.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="128" />
        <source>Bij het Staatsexamen heeft u met {score} punten op de schaal een voldoende. Wij geven aan het einde een schatting van uw score.</source>
        <translation>في امتحان الدولة ⁦(Staatsexamen)⁩ درجة النجاح على المقياس هي {score}. في النهاية نعطيك تقديرًا لدرجتك.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="144" />
        <source>De uitslag ziet u pas aan het einde.</source>
        <translation>سترى النتيجة في النهاية فقط.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="61" />
        <source>U was bezig met een examen ({skill} {level}, {left}). Wilt u verder gaan?</source>
        <translation>كنت تقوم بامتحان ({skill} {level}، {left}). هل تريد المتابعة؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="67" />
        <source>Verder met het examen?</source>
        <translation>هل تريد متابعة الامتحان؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="70" />
        <source>Verder gaan</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="72" />
        <source>Stoppen</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="124" />
        <source>Examen al open</source>
        <translation>الامتحان مفتوح بالفعل</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="125" />
        <source>Dit examen is al open in een ander venster.</source>
        <translation>هذا الامتحان مفتوح بالفعل في نافذة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="127" />
        <source>Wilt u hier verder gaan? Het andere venster stopt dan.</source>
        <translation>هل تريد المتابعة هنا؟ ستتوقف النافذة الأخرى عندئذ.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="131" />
        <source>Hier verder gaan</source>
        <translation>المتابعة هنا</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="133" />
        <source>Niet nu</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="89" />
        <source>Vraag {n}: beantwoord</source>
        <translation>السؤال {n}: تمت الإجابة</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="91" />
        <source>Vraag {n}: nog open</source>
        <translation>السؤال {n}: بدون إجابة بعد</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="284" />
        <source>De opdracht:</source>
        <translation>المهمة:</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="291" />
        <source>U heeft deze opdracht al ingesproken.</source>
        <translation>لقد سجلت إجابة هذه المهمة من قبل.</translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <location filename="../gui/readiness_texts.py" line="24" />
        <source>nog onbekend</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="31" />
        <source>minder dan 10 %</source>
        <translation>أقل من 10 %</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="33" />
        <source>meer dan 90 %</source>
        <translation>أكثر من 90 %</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="34" />
        <source>{low} tot {high} %</source>
        <translation>من {low} إلى {high} %</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="49" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>على الأرجح أنت مستعد لهذا القسم من الامتحان.</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="51" />
        <source>U bent goed op weg. Blijf oefenen.</source>
        <translation>أنت تتقدم بشكل جيد. استمر في التدريب.</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="52" />
        <source>U heeft nog oefening nodig. Elke dag een beetje helpt.</source>
        <translation>ما زلت تحتاج إلى تدريب. القليل كل يوم يساعد.</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="60" />
        <source>Kans om te slagen: {chance}.</source>
        <translation>فرصة النجاح: {chance}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/readiness_texts.py" line="69" />
        <source>Nog te weinig gegevens: maak nog %n vragen.</source>
        <translation><numerusform>لا توجد بيانات كافية بعد: أجب عن %n أسئلة أخرى.</numerusform><numerusform>لا توجد بيانات كافية بعد: أجب عن %n أسئلة أخرى.</numerusform><numerusform>لا توجد بيانات كافية بعد: أجب عن %n أسئلة أخرى.</numerusform><numerusform>لا توجد بيانات كافية بعد: أجب عن %n أسئلة أخرى.</numerusform><numerusform>لا توجد بيانات كافية بعد: أجب عن %n أسئلة أخرى.</numerusform><numerusform>لا توجد بيانات كافية بعد: أجب عن %n أسئلة أخرى.</numerusform></translation>
    </message>
</context>
<context>
    <name>speaking_task</name>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="176" />
        <location filename="../gui/widgets/speaking_task.py" line="386" />
        <source>Klaar.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="298" />
        <source>Probeer het nog een keer, of ga verder zonder opname.</source>
        <translation>حاول مرة أخرى، أو تابع بدون تسجيل.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="333" />
        <source>● Opname loopt</source>
        <translation>● التسجيل جارٍ</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="334" />
        <source>Zo hard hoort de microfoon u:</source>
        <translation>قوة صوتك في الميكروفون:</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="336" />
        <source>Ik ben klaar. Begin nu.</source>
        <translation>أنا جاهز. ابدأ الآن.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="338" />
        <source>Begin nu</source>
        <translation>ابدأ الآن</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="341" />
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="343" />
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="345" />
        <source>Verder zonder opname</source>
        <translation>تابع بدون تسجيل</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="351" />
        <source>Luister naar de opdracht.</source>
        <translation>استمع إلى المهمة.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="352" />
        <source>Daarna krijgt u even tijd om na te denken.</source>
        <translation>بعد ذلك يكون لديك وقت قصير للتفكير.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="356" />
        <source>Denk na over uw antwoord.</source>
        <translation>فكّر في إجابتك.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="357" />
        <source>Zeg uw antwoord hardop als de tijd om is. Er wordt niets opgenomen.</source>
        <translation>قل إجابتك بصوت عالٍ عندما ينتهي الوقت. لن يتم تسجيل أي شيء.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="362" />
        <source>Na de piep begint de opname. Dan spreekt u.</source>
        <translation>بعد صوت التنبيه يبدأ التسجيل. عندها تتكلم.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="367" />
        <source>Zeg uw antwoord hardop.</source>
        <translation>قل إجابتك بصوت عالٍ.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="368" />
        <source>Er is geen microfoon. Er wordt niets opgenomen.</source>
        <translation>لا يوجد ميكروفون. لن يتم تسجيل أي شيء.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="370" />
        <source>Klaar? Klik dan op 'Klaar'.</source>
        <translation>هل انتهيت؟ انقر على 'تم'.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="373" />
        <source>Spreek nu.</source>
        <translation>تكلم الآن.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="374" />
        <source>Als de tijd om is, gaat u vanzelf naar de volgende opdracht.</source>
        <translation>عندما ينتهي الوقت تنتقل تلقائيًا إلى المهمة التالية.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="378" />
        <source>De opname stopt vanzelf als de tijd om is. Klaar? Klik op 'Stop'.</source>
        <translation>يتوقف التسجيل وحده عندما ينتهي الوقت. هل انتهيت؟ انقر على «إيقاف».</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="384" />
        <source>Even geduld. We bewaren uw opname…</source>
        <translation>لحظة من فضلك. نحن نحفظ تسجيلك…</translation>
    </message>
</context>
</TS>