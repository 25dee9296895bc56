<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa" sourcelanguage="nl">
<context>
    <name />
    <message>
        <location filename="../gui/reports.py" line="100" />
        <source>Lezen</source>
        <translation>خواندن</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="100" />
        <source>Luisteren</source>
        <translation>شنیدن</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="100" />
        <source>Spreken</source>
        <translation>صحبت کردن</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="107" />
        <source>afgerond</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="108" />
        <source>gestopt</source>
        <translation>متوقف شد</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="109" />
        <source>niet afgemaakt</source>
        <translation>تمام نشده</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="207" />
        <source>Nog geen niveau gemeten.</source>
        <translation>هنوز سطحی اندازه‌گیری نشده است.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="269" />
        <location filename="../gui/reports.py" line="284" />
        <source>Voortgangsverslag</source>
        <translation>گزارش پیشرفت</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="288" />
        <source>Examen op niveau {level}</source>
        <translation>امتحان در سطح {level}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="290" />
        <source>Groep: {name}</source>
        <translation>گروه: {name}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="291" />
        <source>Gemaakt op {date}</source>
        <translation>تاریخ تهیه: {date}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="295" />
        <source>Niveau per onderdeel</source>
        <translation>سطح در هر بخش</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="299" />
        <location filename="../gui/reports.py" line="361" />
        <source>Onderdeel</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="300" />
        <source>Niveau nu</source>
        <translation>سطح فعلی</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="301" />
        <source>Kans A2</source>
        <translation>شانس A2</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="302" />
        <source>Kans B1</source>
        <translation>شانس B1</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="303" />
        <source>Vragen</source>
        <translation>سؤال‌ها</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="304" />
        <location filename="../gui/reports.py" line="361" />
        <source>Goed</source>
        <translation>درست</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="305" />
        <source>Minuten</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="326" />
        <source>Niveau in de tijd</source>
        <translation>سطح در طول زمان</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="331" />
        <source>Oefenen</source>
        <translation>تمرین</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reports.py" line="336" />
        <source>In totaal %n minuten geoefend</source>
        <translation><numerusform>مجموع زمان تمرین (دقیقه): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reports.py" line="338" />
        <source>%n vragen gemaakt.</source>
        <translation><numerusform>تعداد سؤال‌های پاسخ‌داده‌شده: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="341" />
        <source>Laatst geoefend op {date}.</source>
        <translation>آخرین تمرین: {date}.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="351" />
        <source>Spreken: {rated} opnames beoordeeld door de docent, {passed} voldoende; {waiting} wachten nog op beoordeling.</source>
        <translation>صحبت کردن: ضبط‌های ارزیابی‌شده توسط معلم: {rated}، قبول: {passed}؛ در انتظار ارزیابی: {waiting}.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="358" />
        <source>Proefexamens</source>
        <translation>امتحان‌های آزمایشی</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="361" />
        <source>Datum</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="361" />
        <source>Niveau</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="361" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="369" />
        <source>{good} van {n}</source>
        <translation>{good} از {n}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="374" />
        <source>Nog geen proefexamen gemaakt.</source>
        <translation>هنوز امتحان آزمایشی انجام نشده است.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="384" />
        <source>examtrainer is een oefenprogramma. De niveaus en kansen zijn schattingen uit de oefeningen, geen uitslag van DUO.</source>
        <translation>examtrainer یک برنامهٔ تمرینی است. سطح‌ها و شانس‌ها برآوردهایی از تمرین‌ها هستند، نه نتیجهٔ DUO (ادارهٔ رسمی امتحان).</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../gui/widgets/audio.py" line="207" />
        <source>Pauze</source>
        <translation>مکث</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="212" />
        <source>Verder luisteren</source>
        <translation>ادامهٔ گوش دادن</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="214" />
        <source>Luisteren</source>
        <translation>گوش دهید</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="216" />
        <source>Nog een keer luisteren</source>
        <translation>دوباره گوش دهید</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="218" />
        <source>Geluisterd</source>
        <translation>گوش داده شد</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="228" />
        <source>U heeft het fragment al %n keer gehoord.</source>
        <translation><numerusform>شما قبلاً به فایل صوتی گوش داده‌اید. تعداد دفعات: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="232" />
        <source>U mag het fragment %n keer horen.</source>
        <translation><numerusform>می‌توانید به فایل صوتی گوش دهید. تعداد دفعات مجاز: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="236" />
        <source>U mag het nog %n keer horen.</source>
        <translation><numerusform>می‌توانید دوباره گوش دهید. دفعات باقی‌مانده: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BanksTab</name>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="97" />
        <source>meegeleverd</source>
        <translation>همراه برنامه</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="97" />
        <source>geïmporteerd</source>
        <translation>واردشده</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="124" />
        <source>Bestand met vragen kiezen</source>
        <translation>فایلی با سؤال‌ها انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="126" />
        <location filename="../gui/teacher/banks_tab.py" line="329" />
        <source>Vragen</source>
        <translation>سؤال‌ها</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="135" />
        <source>Het bestand wordt gecontroleerd…</source>
        <translation>در حال بررسی فایل…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="169" />
        <source>Bezig met installeren…</source>
        <translation>در حال نصب…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/banks_tab.py" line="173" />
        <source>Geïnstalleerd: {title} (%n vragen).</source>
        <translation><numerusform>نصب شد: {title} (تعداد سؤال‌ها: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/banks_tab.py" line="197" />
        <source>Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. Ze gaven al %n antwoorden op deze vragen. Die antwoorden blijven bewaard in hun resultaten.</source>
        <translation><numerusform>بانک سؤال '{title}' حذف شود؟ زبان‌آموزان دیگر این سؤال‌ها را نمی‌گیرند. تعداد پاسخ‌های داده‌شده به این سؤال‌ها: %n. این پاسخ‌ها در نتایج آن‌ها می‌مانند.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="204" />
        <source>Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. Er zijn nog geen antwoorden op gegeven.</source>
        <translation>بانک سؤال '{title}' حذف شود؟ زبان‌آموزان دیگر این سؤال‌ها را نمی‌گیرند. هنوز به آن‌ها پاسخی داده نشده است.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="212" />
        <source>Itembank verwijderen</source>
        <translation>حذف بانک سؤال</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="214" />
        <source>Verwijderen</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="215" />
        <source>Annuleren</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="232" />
        <source>Verwijderd: {id}</source>
        <translation>حذف شد: {id}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="266" />
        <source>Itembank opslaan als zip</source>
        <translation>ذخیرهٔ بانک سؤال به صورت zip</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="272" />
        <source>Kies een lege map voor de itembank</source>
        <translation>یک پوشهٔ خالی برای بانک سؤال انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="294" />
        <source>Itembank opslaan voor Moodle</source>
        <translation>ذخیرهٔ بانک سؤال برای Moodle</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="296" />
        <source>Itembank opslaan als QTI-pakket</source>
        <translation>ذخیرهٔ بانک سؤال به صورت بستهٔ QTI</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="309" />
        <location filename="../gui/teacher/banks_tab.py" line="319" />
        <source>Opgeslagen: {path}</source>
        <translation>ذخیره شد: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="326" />
        <source>Titel</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="327" />
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="328" />
        <source>Versie</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="330" />
        <source>Lezen</source>
        <translation>خواندن</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="331" />
        <source>Luisteren</source>
        <translation>شنیدن</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="332" />
        <source>Spreken</source>
        <translation>صحبت کردن</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="333" />
        <source>Soort</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="336" />
        <source>Importeren…</source>
        <translation>وارد کردن…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="337" />
        <source>Exporteren naar map…</source>
        <translation>خروجی در پوشه…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="338" />
        <source>Exporteren als zip…</source>
        <translation>خروجی به صورت zip…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="339" />
        <source>Voor Moodle (XML)…</source>
        <translation>برای Moodle ⁦(XML)⁩…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="340" />
        <source>Als QTI 3.0…</source>
        <translation>به صورت QTI 3.0…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="341" />
        <source>Verwijderen…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="342" />
        <source>Eigen stem…</source>
        <translation>صدای خودم…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="345" />
        <source>Neem uw eigen stem op voor luisterfragmenten en voorbeeldantwoorden. Dat kan in uw eigen itembanken. Een meegeleverde bank: exporteer haar en importeer haar als uw eigen bank.</source>
        <translation>صدای خودتان را برای فایل‌های شنیداری و پاسخ‌های نمونه ضبط کنید. این در بانک‌های سؤال خودتان کار می‌کند. برای بانک همراه برنامه: آن را خروجی بگیرید و به عنوان بانک خودتان وارد کنید.</translation>
    </message>
</context>
<context>
    <name>CheckAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="62" />
        <source>Er zijn meer goede antwoorden. Kies ze allemaal.</source>
        <translation>بیش از یک پاسخ درست وجود دارد. همه را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ExamLadder</name>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="127" />
        <source>Op weg naar het examen</source>
        <translation>در راه امتحان</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="128" />
        <source>Examen oefenen</source>
        <translation>تمرین امتحان</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="129" />
        <source>Verder met uw examen</source>
        <translation>ادامهٔ امتحان</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="139" />
        <source>Begin met de korte test.</source>
        <translation>با آزمون کوتاه شروع کنید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="139" />
        <source>Korte test</source>
        <translation>آزمون کوتاه</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="140" />
        <source>Oefen eerst zonder tijd.</source>
        <translation>اول بدون محدودیت زمان تمرین کنید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="140" />
        <source>Oefenen</source>
        <translation>تمرین کنید</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="142" />
        <source>Probeer een korte oefenset met tijd.</source>
        <translation>یک مجموعهٔ کوتاه زمان‌دار را امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="143" />
        <source>Oefenset met tijd</source>
        <translation>مجموعهٔ زمان‌دار</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="146" />
        <source>U bent klaar voor een heel proefexamen.</source>
        <translation>شما برای یک امتحان آزمایشی کامل آماده‌اید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="147" />
        <source>Proefexamen</source>
        <translation>امتحان آزمایشی</translation>
    </message>
</context>
<context>
    <name>ExamResultScreen</name>
    <message>
        <location filename="../gui/screens/exam_result.py" line="171" />
        <source>(geen antwoord)</source>
        <translation>(بدون پاسخ)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="173" />
        <source>uw opname</source>
        <translation>ضبط شما</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="173" />
        <source>(geen opname)</source>
        <translation>(بدون ضبط)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="180" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>احتمالاً برای این بخش امتحان آماده‌اید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="182" />
        <source>U bent goed op weg. Met wat meer oefening lukt het.</source>
        <translation>خوب پیش می‌روید. با کمی تمرین بیشتر موفق می‌شوید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="183" />
        <source>U heeft nog oefening nodig. Oefen elke dag een beetje.</source>
        <translation>هنوز به تمرین نیاز دارید. هر روز کمی تمرین کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="190" />
        <source>Heel goed gedaan! Blijf zo oefenen, dan houdt u dit niveau vast.</source>
        <translation>خیلی خوب! همین‌طور تمرین کنید، تا این سطح را حفظ کنید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="193" />
        <source>Oefen nog wat meer met het onderwerp {theme}. Daar had u %n fouten.</source>
        <translation><numerusform>با موضوع {theme} کمی بیشتر تمرین کنید. تعداد اشتباه‌های شما در آن: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="196" />
        <source>Oefen nog wat meer met {kind}. Daar had u %n fouten.</source>
        <translation><numerusform>با {kind} کمی بیشتر تمرین کنید. تعداد اشتباه‌ها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="199" />
        <source>U heeft %n vragen niet beantwoord. Geef altijd een antwoord. Een gok kan ook goed zijn.</source>
        <translation><numerusform>تعداد سؤال‌هایی که پاسخ ندادید: %n. همیشه پاسخ بدهید. حدس هم ممکن است درست باشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="205" />
        <source>Luister naar uw %n opnames en zeg of ze goed waren. Of vraag uw docent om te luisteren.</source>
        <translation><numerusform>به ضبط‌هایتان گوش دهید (تعداد: %n) و بگویید خوب بودند یا نه. یا از معلمتان بخواهید گوش دهد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="210" />
        <source>Oefen elke dag een beetje. Korte stukjes helpen al.</source>
        <translation>هر روز کمی تمرین کنید. تمرین‌های کوتاه هم کمک می‌کنند.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="221" />
        <source>Uw uitslag: {title}</source>
        <translation>نتیجهٔ شما: {title}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="223" />
        <source>Terug naar het begin</source>
        <translation>بازگشت به شروع</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="225" />
        <source>De tijd was om. Wat u had ingevuld, telt mee.</source>
        <translation>وقت تمام شد. آنچه پر کرده‌اید حساب می‌شود.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="227" />
        <source>U heeft het examen ingeleverd.</source>
        <translation>شما امتحان را تحویل دادید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="232" />
        <source>Deel 1 (inspreken)</source>
        <translation>بخش ۱ (ضبط پاسخ)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="233" />
        <source>Deel 2 (reactie kiezen)</source>
        <translation>بخش ۲ (انتخاب واکنش)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="234" />
        <source>Korte opdrachten</source>
        <translation>تکلیف‌های کوتاه</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="235" />
        <source>Middellange opdrachten</source>
        <translation>تکلیف‌های متوسط</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="237" />
        <source>{raw} van de {total} goed</source>
        <translation>{raw} از {total} درست</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="239" />
        <source>(%n opnames nog niet beoordeeld)</source>
        <translation><numerusform>(ضبط‌های ارزیابی‌نشده: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="244" />
        <source>Geschat niveau: {level}</source>
        <translation>سطح برآوردشده: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="247" />
        <source>Geschatte score: {score} (voldoende is {cut})</source>
        <translation>نمرهٔ برآوردشده: {score} (نمرهٔ قبولی: {cut})</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="257" />
        <source>Beoordeel eerst uw opnames. Dan kunnen we iets schatten.</source>
        <translation>اول ضبط‌هایتان را بررسی کنید. بعد می‌توانیم برآورد کنیم.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="260" />
        <source>Dit is een schatting van dit programma. Het is geen officiële uitslag. Bij het echte examen kan het anders gaan.</source>
        <translation>این برآورد این برنامه است. نتیجهٔ رسمی نیست. در امتحان واقعی ممکن است متفاوت باشد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="265" />
        <source>Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed is genoeg. Dat is geen officiële grens.</source>
        <translation><numerusform>سایت‌های آمادگی می‌گویند: حدود {n} پاسخ درست از %n کافی است. این مرز رسمی نیست.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="271" />
        <source>Ons advies</source>
        <translation>توصیهٔ ما</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="273" />
        <source>Alle vragen nog eens bekijken</source>
        <translation>دوباره همهٔ سؤال‌ها را ببینید</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="276" />
        <source>nog niet beoordeeld</source>
        <translation>هنوز ارزیابی نشده</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="278" />
        <source>niet beantwoord</source>
        <translation>بدون پاسخ</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="280" />
        <source>goed</source>
        <translation>درست</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="282" />
        <source>fout</source>
        <translation>غلط</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="287" />
        <source>{mark} Vraag {n}: {verdict}</source>
        <translation>{mark} سؤال {n}: {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="293" />
        <source>Uw antwoord: {answer}</source>
        <translation>پاسخ شما: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="298" />
        <source>Een goed antwoord: {answer}</source>
        <translation>یک پاسخ خوب: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="300" />
        <source>Het goede antwoord: {answer}</source>
        <translation>پاسخ درست: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="306" />
        <source>Mijn antwoord was goed</source>
        <translation>پاسخ من خوب بود</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="307" />
        <source>Mijn antwoord was niet goed</source>
        <translation>پاسخ من خوب نبود</translation>
    </message>
</context>
<context>
    <name>ExamSoundCheck</name>
    <message>
        <location filename="../gui/screens/exam_window.py" line="65" />
        <source>Test eerst uw koptelefoon en uw microfoon, net als bij het echte examen. Het examen is nog niet begonnen.</source>
        <translation>اول هدفون و میکروفون خود را امتحان کنید، مثل امتحان واقعی. امتحان هنوز شروع نشده است.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="70" />
        <source>Verder</source>
        <translation>بعدی</translation>
    </message>
</context>
<context>
    <name>ExamStartScreen</name>
    <message>
        <location filename="../gui/screens/exam_start.py" line="294" />
        <source>Adem in…</source>
        <translation>نفس بکشید…</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="294" />
        <source>Adem uit…</source>
        <translation>نفس را بیرون بدهید…</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="296" />
        <location filename="../gui/screens/exam_start.py" line="381" />
        <source>Overslaan</source>
        <translation>رد شدن</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="357" />
        <source>Dit is een oefening. Er gaat niets mis als het niet goed gaat. Een beetje zenuwen is normaal: ze helpen u om scherp te zijn.</source>
        <translation>این تمرین است. اگر خوب پیش نرود، اتفاق بدی نمی‌افتد. کمی استرس طبیعی است: به شما کمک می‌کند هوشیار بمانید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="361" />
        <source>Examen:</source>
        <translation>امتحان:</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="362" />
        <source>A2 (inburgeringsexamen)</source>
        <translation>A2 (inburgeringsexamen، امتحان هم‌پذیری)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="363" />
        <source>B1 (Staatsexamen NT2 I)</source>
        <translation>B1 (Staatsexamen NT2 I، امتحان دولتی هلندی به عنوان زبان دوم)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="364" />
        <source>Onderdeel:</source>
        <translation>بخش:</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="365" />
        <source>Lezen</source>
        <translation>خواندن</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="366" />
        <source>Luisteren</source>
        <translation>شنیدن</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="367" />
        <source>Spreken</source>
        <translation>صحبت کردن</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="368" />
        <source>Wat gaat er gebeuren?</source>
        <translation>چه اتفاقی می‌افتد؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="373" />
        <source>Dit is een korte oefenset met tijd. Het is geen heel examen.</source>
        <translation>این یک مجموعهٔ کوتاه زمان‌دار است. امتحان کامل نیست.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="376" />
        <source>Eerst rustig ademhalen?</source>
        <translation>اول آرام نفس بکشید؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="378" />
        <source>Adem een minuut rustig mee met de cirkel. Dat helpt tegen zenuwen.</source>
        <translation>یک دقیقه همراه دایره آرام نفس بکشید. این به آرامش شما کمک می‌کند.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="383" />
        <source>Goed gedaan. U bent klaar om te beginnen.</source>
        <translation>آفرین. برای شروع آماده‌اید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="384" />
        <source>Nog een keer ademhalen</source>
        <translation>دوباره نفس بکشید</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="386" />
        <source>Adem een minuut mee</source>
        <translation>یک دقیقه همراه نفس بکشید</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="387" />
        <source>Wat wilt u?</source>
        <translation>چه می‌خواهید؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="388" />
        <source>Laat de klok zien</source>
        <translation>نمایش ساعت</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="389" />
        <source>Geluid van een examenzaal</source>
        <translation>صدای سالن امتحان</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="391" />
        <source>In de examenzaal praten andere mensen soms. Zo went u daaraan.</source>
        <translation>در سالن امتحان گاهی افراد دیگر صحبت می‌کنند. این‌طور به آن عادت می‌کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="393" />
        <source>Terug</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="395" />
        <source>Begin de oefenset</source>
        <translation>شروع مجموعه</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="395" />
        <source>Begin het examen</source>
        <translation>شروع امتحان</translation>
    </message>
</context>
<context>
    <name>ExamWindow</name>
    <message>
        <location filename="../gui/screens/exam_window.py" line="312" />
        <source>Dit is een oefenvraag. Hij telt niet mee. De tijd loopt nog niet.</source>
        <translation>این سؤال تمرینی است. حساب نمی‌شود. وقت هنوز شروع نشده است.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="317" />
        <source>Oefenvraag {n} van {total}</source>
        <translation>سؤال تمرینی {n} از {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="339" />
        <source>Vraag {n}</source>
        <translation>سؤال {n}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="383" />
        <location filename="../gui/screens/exam_window.py" line="393" />
        <location filename="../gui/screens/exam_window.py" line="670" />
        <source>Volgende</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="389" />
        <source>Vraag {n} van {total}</source>
        <translation>سؤال {n} از {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="422" />
        <source>Let op</source>
        <translation>توجه</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="491" />
        <source>Nog %n minuten.</source>
        <translation><numerusform>دقیقه‌های باقی‌مانده: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="494" />
        <source>Kijk of u alle vragen heeft beantwoord.</source>
        <translation>بررسی کنید که به همهٔ سؤال‌ها پاسخ داده‌اید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="504" />
        <source>Tijd: {time}</source>
        <translation>زمان: {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="539" />
        <source>U heeft %n vragen nog niet beantwoord.</source>
        <translation><numerusform>تعداد سؤال‌های بدون پاسخ: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="541" />
        <source>Die tellen als fout.</source>
        <translation>این‌ها غلط حساب می‌شوند.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="544" />
        <source>U heeft alle vragen beantwoord.</source>
        <translation>به همهٔ سؤال‌ها پاسخ داده‌اید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="545" />
        <source>Na het inleveren kunt u niets meer veranderen.</source>
        <translation>بعد از تحویل، چیزی را نمی‌توانید تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="548" />
        <source>Examen inleveren?</source>
        <translation>امتحان تحویل داده شود؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="550" />
        <location filename="../gui/screens/exam_window.py" line="671" />
        <source>Inleveren</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="551" />
        <source>Terug naar het examen</source>
        <translation>بازگشت به امتحان</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="562" />
        <source>Stoppen met het examen?</source>
        <translation>امتحان متوقف شود؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="563" />
        <source>Uw antwoorden zijn bewaard. U kunt later verder gaan.</source>
        <translation>پاسخ‌های شما ذخیره شده‌اند. بعداً می‌توانید ادامه دهید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="565" />
        <source>De tijd staat stil tot u verder gaat.</source>
        <translation>تا وقتی ادامه ندهید، زمان متوقف است.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="566" />
        <location filename="../gui/screens/exam_window.py" line="652" />
        <source>Stoppen</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="567" />
        <source>Verder met het examen</source>
        <translation>ادامهٔ امتحان</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="653" />
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="654" />
        <source>Zo gaat het examen</source>
        <translation>امتحان چطور است</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="656" />
        <source>Lees alles rustig. Klik op 'Beginnen' als u klaar bent.</source>
        <translation>همه چیز را آرام بخوانید. وقتی آماده‌اید روی 'شروع' کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="657" />
        <source>Beginnen</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="658" />
        <source>De oefenvragen zijn klaar</source>
        <translation>سؤال‌های تمرینی تمام شد</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="661" />
        <source>Nu begint het echte examen. De tijd loopt vanaf nu. U heeft %n minuten.</source>
        <translation><numerusform>حالا امتحان واقعی شروع می‌شود. زمان از همین حالا شروع می‌شود. زمان شما (دقیقه): %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="666" />
        <source>Doe rustig uw best. Succes!</source>
        <translation>آرام باشید و بهترین تلاشتان را بکنید. موفق باشید!</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="668" />
        <source>Start het examen</source>
        <translation>شروع امتحان</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="669" />
        <source>Vorige</source>
        <translation>قبلی</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="86" />
        <source>Alle leerlingen</source>
        <translation>همهٔ زبان‌آموزان</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="88" />
        <source>Groep: {name}</source>
        <translation>گروه: {name}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="90" />
        <source>Leerling: {name}</source>
        <translation>زبان‌آموز: {name}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="111" />
        <source>Opslaan als</source>
        <translation>ذخیره به صورت</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="130" />
        <location filename="../gui/teacher/export_tab.py" line="145" />
        <source>Bezig…</source>
        <translation>در حال کار…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="153" />
        <source>Opgeslagen: {path}</source>
        <translation>ذخیره شد: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="156" />
        <source>Resultaten van:</source>
        <translation>نتایج:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="157" />
        <source>Opslaan als CSV…</source>
        <translation>ذخیره به صورت CSV…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="158" />
        <source>Opslaan als Excel (XLSX)…</source>
        <translation>ذخیره به صورت Excel ⁦(XLSX)⁩…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="159" />
        <source>Voortgangsverslag (PDF)…</source>
        <translation>گزارش پیشرفت ⁦(PDF)⁩…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="161" />
        <source>Eén regel per leerling en onderdeel. Opent direct in Excel.</source>
        <translation>یک ردیف برای هر زبان‌آموز و بخش. مستقیم در Excel باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="163" />
        <source>Een overzicht en een blad met alle antwoorden.</source>
        <translation>یک خلاصه و یک برگه با همهٔ پاسخ‌ها.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="165" />
        <source>Voor één leerling: niveau, grafiek, oefentijd en proefexamens.</source>
        <translation>برای یک زبان‌آموز: سطح، نمودار، زمان تمرین و امتحان‌های آزمایشی.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../gui/screens/home.py" line="166" />
        <source>Lezen</source>
        <translation>خواندن</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="167" />
        <source>Luisteren</source>
        <translation>شنیدن</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="168" />
        <source>Spreken</source>
        <translation>صحبت کردن</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="174" />
        <source>Hallo {name}!</source>
        <translation>سلام {name}!</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="175" />
        <source>Geluid testen</source>
        <translation>آزمایش صدا</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="176" />
        <source>Ander profiel</source>
        <translation>نمایه دیگر</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="180" />
        <source>Uw doel: {goal}.</source>
        <translation>هدف شما: {goal}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="182" />
        <source>U oefent voor het examen op niveau {level}.</source>
        <translation>شما برای امتحان سطح {level} تمرین می‌کنید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="186" />
        <source>Nog %n dagen tot uw examen.</source>
        <translation><numerusform>روزهای باقی‌مانده تا امتحان: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="194" />
        <source>Uw niveau nu: {level}</source>
        <translation>سطح فعلی شما: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="198" />
        <source>Klaar: %p%</source>
        <translation>آماده: %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="201" />
        <source>%n vragen gemaakt, {good} goed.</source>
        <translation><numerusform>سؤال‌های پاسخ‌داده‌شده: %n، درست: {good}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="205" />
        <location filename="../gui/screens/home.py" line="217" />
        <source>Oefenen</source>
        <translation>تمرین کنید</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="208" />
        <source>Nog geen niveau</source>
        <translation>هنوز سطحی نیست</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="215" />
        <source>Spreek korte antwoorden in. Daarna luistert u naar uzelf.</source>
        <translation>پاسخ‌های کوتاه ضبط کنید. بعد به خودتان گوش دهید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="220" />
        <source>Begin met een korte test. Dan weten we waar u kunt beginnen.</source>
        <translation>با یک آزمون کوتاه شروع کنید. آن‌وقت می‌دانیم از کجا شروع کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="222" />
        <source>Korte test (5 minuten)</source>
        <translation>آزمون کوتاه (۵ دقیقه)</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="225" />
        <source>Nog geen oefeningen</source>
        <translation>هنوز تمرینی نیست</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="229" />
        <source>U heeft in totaal %n minuten geoefend. Goed bezig!</source>
        <translation><numerusform>مجموع زمان تمرین شما (دقیقه): %n. آفرین!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="231" />
        <source>Kies een onderdeel. Een keer oefenen duurt ongeveer 10 minuten.</source>
        <translation>یک بخش انتخاب کنید. هر تمرین حدود ۱۰ دقیقه طول می‌کشد.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="236" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>احتمالاً برای این بخش امتحان آماده‌اید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="238" />
        <source>U bent goed op weg. Blijf oefenen.</source>
        <translation>خوب پیش می‌روید. به تمرین ادامه دهید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="239" />
        <source>U heeft nog oefening nodig. Elke dag een beetje helpt.</source>
        <translation>هنوز به تمرین نیاز دارید. هر روز کمی کمک می‌کند.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="102" />
        <source>probleem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="103" />
        <source>niet ingelezen</source>
        <translation>وارد نشد</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="116" />
        <source>Vragen importeren</source>
        <translation>وارد کردن سؤال‌ها</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="118" />
        <source>Bestand: {name} (soort: {format})</source>
        <translation>فایل: {name} (نوع: {format})</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="126" />
        <source>Het bestand heeft {items} en {texts} voor de itembank '{title}' ({id}). Er is nog niets veranderd.</source>
        <translation>فایل {items} و {texts} برای بانک سؤال '{title}' ⁦({id})⁩ دارد. هنوز چیزی تغییر نکرده است.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="131" />
        <location filename="../gui/dialogs/import_preview.py" line="144" />
        <source>%n vragen</source>
        <translation><numerusform>%n سؤال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="132" />
        <location filename="../gui/dialogs/import_preview.py" line="145" />
        <source>%n teksten</source>
        <translation><numerusform>%n متن</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="139" />
        <source>Dit wordt de itembank '{title}' ({id}) met {items} en {texts}. Er is nog niets ingelezen. Klik op Installeren om door te gaan.</source>
        <translation>این بانک سؤال '{title}' ⁦({id})⁩ می‌شود: {items} و {texts}. هنوز چیزی وارد نشده است. برای ادامه روی نصب کلیک کنید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="151" />
        <source>Dit bestand kan niet worden ingelezen: er zijn %n problemen. Verbeter het bestand en probeer het opnieuw. Er is niets veranderd.</source>
        <translation><numerusform>این فایل وارد نمی‌شود. تعداد مشکل‌ها: %n. فایل را اصلاح کنید و دوباره امتحان کنید. چیزی تغییر نکرده است.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="159" />
        <source>Code van de itembank: {id} (gemaakt uit: {source}). Niet uit de bestandsnaam.</source>
        <translation>کد بانک سؤال: {id} (ساخته‌شده از: {source}). نه از نام فایل.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="165" />
        <source>Wat wordt ingelezen:</source>
        <translation>آنچه وارد می‌شود:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="167" />
        <source>Onderdeel</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="167" />
        <source>Niveau</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="167" />
        <source>Vragen</source>
        <translation>سؤال‌ها</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="167" />
        <source>Soorten</source>
        <translation>نوع‌ها</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="170" />
        <source>Problemen en delen die niet worden ingelezen ({n}):</source>
        <translation>مشکل‌ها و بخش‌هایی که وارد نمی‌شوند ⁦({n})⁩:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="176" />
        <source>Soort</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="177" />
        <source>Bestand / regel</source>
        <translation>فایل / سطر</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="178" />
        <source>Vraag</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="179" />
        <source>Veld</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="180" />
        <source>Wat is er mis</source>
        <translation>چه مشکلی هست</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="185" />
        <source>Vervangen</source>
        <translation>جایگزین</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="185" />
        <source>Installeren</source>
        <translation>نصب</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="186" />
        <source>Beide bewaren</source>
        <translation>هر دو بماند</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="187" />
        <source>Annuleren</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="195" />
        <source>Deze itembank is er al: '{title}'. Bij vervangen: {new}, {changed}, {removed}, {same}.</source>
        <translation>این بانک سؤال از قبل هست: '{title}'. با جایگزینی: {new}، {changed}، {removed}، {same}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="198" />
        <source>%n nieuwe vragen</source>
        <translation><numerusform>سؤال‌های جدید: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="199" />
        <source>%n veranderde vragen</source>
        <translation><numerusform>سؤال‌های تغییرکرده: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="200" />
        <source>%n vragen gaan weg</source>
        <translation><numerusform>سؤال‌های حذف‌شده: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="201" />
        <source>%n blijven hetzelfde</source>
        <translation><numerusform>بدون تغییر: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="205" />
        <source>Leerlingen gaven al %n antwoorden op vragen die veranderen of weggaan. Die antwoorden blijven bewaard.</source>
        <translation><numerusform>تعداد پاسخ‌های زبان‌آموزان به سؤال‌هایی که تغییر می‌کنند یا حذف می‌شوند: %n. این پاسخ‌ها نگه داشته می‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="212" />
        <source>Dit is een meegeleverde itembank. Die kunt u niet vervangen. Met 'Beide bewaren' komt uw bank ernaast, met een eigen code.</source>
        <translation>این بانک سؤال همراه برنامه است. نمی‌توانید آن را جایگزین کنید. با 'هر دو بماند' بانک شما با کد خودش کنار آن اضافه می‌شود.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="216" />
        <source>Kies: vervangen, beide bewaren of annuleren.</source>
        <translation>انتخاب کنید: جایگزین، هر دو بماند یا لغو.</translation>
    </message>
</context>
<context>
    <name>LearnerPinDialog</name>
    <message>
        <location filename="../gui/dialogs/pin.py" line="277" />
        <source>Deze code klopt niet.</source>
        <translation>این کد درست نیست.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="282" />
        <source>Dit profiel is van {name}. Typ de geheime code.</source>
        <translation>این نمایه مال {name} است. کد مخفی را بنویسید.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="284" />
        <source>Openen</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="285" />
        <source>Annuleren</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="137" />
        <location filename="../gui/teacher/learners_tab.py" line="259" />
        <source>(geen groep)</source>
        <translation>(بدون گروه)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="225" />
        <source>gearchiveerd</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="225" />
        <source>actief</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="230" />
        <source>Terugzetten</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="232" />
        <source>Archiveren</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="235" />
        <source>Leerlingen</source>
        <translation>زبان‌آموزان</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="236" />
        <source>Groepen</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Naam</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Groep</source>
        <translation>گروه</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="238" />
        <source>Naam:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="239" />
        <source>Naam van de leerling</source>
        <translation>نام زبان‌آموز</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="240" />
        <source>Nieuwe leerling</source>
        <translation>زبان‌آموز جدید</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="241" />
        <source>Naam wijzigen</source>
        <translation>تغییر نام</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="242" />
        <source>Code wissen</source>
        <translation>پاک کردن کد</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="244" />
        <source>Voor een leerling die de geheime code van het profiel vergeten is.</source>
        <translation>برای زبان‌آموزی که کد مخفی نمایهٔ خود را فراموش کرده است.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="246" />
        <source>Groep:</source>
        <translation>گروه:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="247" />
        <source>In groep zetten</source>
        <translation>افزودن به گروه</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="248" />
        <source>Naam van de groep</source>
        <translation>نام گروه</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="249" />
        <source>Nieuwe groep</source>
        <translation>گروه جدید</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="250" />
        <source>Hernoemen</source>
        <translation>تغییر نام</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="253" />
        <source>Gearchiveerde leerlingen staan niet meer in de profielen. Hun resultaten blijven bewaard.</source>
        <translation>زبان‌آموزان بایگانی‌شده دیگر در نمایه‌ها دیده نمی‌شوند. نتایج آن‌ها ذخیره می‌ماند.</translation>
    </message>
</context>
<context>
    <name>ListeningScreen</name>
    <message>
        <location filename="../gui/screens/listening.py" line="201" />
        <source>Vraag {n} van {total} bij dit fragment</source>
        <translation>سؤال {n} از {total} برای این فایل صوتی</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="232" />
        <source>Kies eerst een antwoord.</source>
        <translation>اول یک پاسخ انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="241" />
        <source>Uw antwoord is bewaard. Hier is de volgende vraag.</source>
        <translation>پاسخ شما ذخیره شد. این سؤال بعدی است.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="244" />
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation>آفرین! این پاسخ درست است.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="246" />
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation>تقریباً. پاسخ درست: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="295" />
        <source>Korte test: luisteren</source>
        <translation>آزمون کوتاه: گوش دادن</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="298" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>این امتحان نیست. آرام باشید و بهترین تلاشتان را بکنید. بعد از چند سؤال می‌دانیم چه سطحی برای شما مناسب است.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="303" />
        <source>Luisteren oefenen</source>
        <translation>تمرین گوش دادن</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="305" />
        <source>Klik op Luisteren. Luister goed. Kies dan het goede antwoord.</source>
        <translation>روی گوش دهید کلیک کنید. با دقت گوش دهید. بعد پاسخ درست را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="307" />
        <source>Langzamer afspelen</source>
        <translation>پخش آهسته‌تر</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="310" />
        <source>Verberg de tekst</source>
        <translation>پنهان کردن متن</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="312" />
        <source>Lees wat er gezegd wordt</source>
        <translation>خواندن آنچه گفته می‌شود</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="314" />
        <source>Stoppen</source>
        <translation>پایان تمرین</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="315" />
        <source>Controleer</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="316" />
        <source>Volgende vraag</source>
        <translation>سؤال بعدی</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="317" />
        <source>Typ hier uw antwoord</source>
        <translation>پاسخ خود را اینجا بنویسید</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="318" />
        <source>Er is geen geluid</source>
        <translation>صدا نیست</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="321" />
        <source>We vinden geen luidspreker of koptelefoon. Voor luisteren heeft u geluid nodig.

Zo lost u het op:
1. Sluit een koptelefoon of luidsprekers aan op de computer.
2. Zet het geluid van de computer aan.
3. Klik op 'Opnieuw kijken'.

Lukt het niet? Vraag hulp aan uw docent.</source>
        <translation>بلندگو یا هدفون پیدا نمی‌کنیم. برای گوش دادن به صدا نیاز دارید.

چطور درستش کنید:
۱. هدفون یا بلندگو را به رایانه وصل کنید.
۲. صدای رایانه را روشن کنید.
۳. روی 'دوباره بررسی کنید' کلیک کنید.

هنوز کار نمی‌کند؟ از معلمتان کمک بخواهید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="330" />
        <source>Opnieuw kijken</source>
        <translation>دوباره بررسی کنید</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="331" />
        <source>Terug naar het begin</source>
        <translation>بازگشت به شروع</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="68" />
        <source>Even geduld. Het programma wordt klaargezet…</source>
        <translation>لطفاً صبر کنید. برنامه آماده می‌شود…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="129" />
        <source>Er ging iets mis. Uw antwoorden zijn bewaard. Probeer het nog een keer.</source>
        <translation>مشکلی پیش آمد. پاسخ‌های شما ذخیره شده‌اند. لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="131" />
        <source>Let op</source>
        <translation>توجه</translation>
    </message>
</context>
<context>
    <name>MatchAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="113" />
        <source>– kies –</source>
        <translation>– انتخاب کنید –</translation>
    </message>
</context>
<context>
    <name>OnboardingScreen</name>
    <message>
        <location filename="../gui/screens/onboarding.py" line="154" />
        <source>Kies een geheime code van minstens 4 tekens.</source>
        <translation>یک کد مخفی با دست‌کم ۴ نویسه انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="157" />
        <source>De code moet minstens 4 tekens hebben.</source>
        <translation>کد باید دست‌کم ۴ نویسه داشته باشد.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="177" />
        <source>Welkom bij examtrainer</source>
        <translation>به examtrainer خوش آمدید</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="179" />
        <source>In welke taal wilt u de uitleg lezen? U kunt dit later veranderen.</source>
        <translation>به چه زبانی می‌خواهید توضیحات را بخوانید؟ بعداً می‌توانید این را تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="181" />
        <source>Verder</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="182" />
        <source>Over u</source>
        <translation>دربارهٔ شما</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="183" />
        <source>Hoe heet u? (Uw voornaam is genoeg.)</source>
        <translation>اسم شما چیست؟ (اسم کوچک کافی است.)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="184" />
        <source>Voor welk examen oefent u?</source>
        <translation>برای کدام امتحان تمرین می‌کنید؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="185" />
        <source>Inburgeringsexamen A2 (DUO)</source>
        <translation>Inburgeringsexamen A2 (DUO، امتحان هم‌پذیری)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="186" />
        <source>Staatsexamen Nt2 B1 (programma I)</source>
        <translation>Staatsexamen Nt2 B1 (programma I، امتحان دولتی هلندی به عنوان زبان دوم)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="189" />
        <source>Moest u inburgeren vóór 2022? Dan is het meestal A2. Vanaf 2022 is het meestal B1. Twijfelt u? Kies A2. U kunt het later veranderen.</source>
        <translation>آیا هم‌پذیری ⁦(inburgering)⁩ شما پیش از ۲۰۲۲ شروع شد؟ در این صورت معمولاً A2 است. از ۲۰۲۲ به بعد معمولاً B1 است. مطمئن نیستید؟ A2 را انتخاب کنید. بعداً می‌توانید تغییرش دهید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="193" />
        <source>Uw doel (mag leeg blijven), bijvoorbeeld: werk vinden</source>
        <translation>هدف شما (می‌توانید خالی بگذارید)، مثلاً: پیدا کردن کار</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="194" />
        <source>Ik weet de datum van mijn examen:</source>
        <translation>تاریخ امتحانم را می‌دانم:</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="198" />
        <source>Kies een geheime code (minstens 4 tekens). Dan kan niemand anders uw profiel openen.</source>
        <translation>یک کد مخفی انتخاب کنید (دست‌کم ۴ نویسه). آن‌وقت هیچ‌کس دیگری نمی‌تواند نمایهٔ شما را باز کند.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="205" />
        <source>Geheime code (mag leeg blijven). Met een code kan niemand anders uw profiel openen.</source>
        <translation>کد مخفی (می‌توانید خالی بگذارید). با کد، هیچ‌کس دیگری نمی‌تواند نمایهٔ شما را باز کند.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="209" />
        <source>Terug</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="210" />
        <source>Beginnen</source>
        <translation>شروع</translation>
    </message>
</context>
<context>
    <name>OrderAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="182" />
        <source>▲ Omhoog</source>
        <translation>▲ بالا</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="183" />
        <source>▼ Omlaag</source>
        <translation>▼ پایین</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="184" />
        <source>Alt + pijl omhoog</source>
        <translation>Alt + پیکان بالا</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="185" />
        <source>Alt + pijl omlaag</source>
        <translation>Alt + پیکان پایین</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="187" />
        <source>Kies een zin en zet hem hoger of lager met Alt en de pijltjes.</source>
        <translation>یک جمله انتخاب کنید و با Alt و کلیدهای پیکان آن را بالا یا پایین ببرید.</translation>
    </message>
</context>
<context>
    <name>OwnVoiceDialog</name>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="173" />
        <source>Luisterfragment</source>
        <translation>فایل شنیداری</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="173" />
        <source>Voorbeeldantwoord</source>
        <translation>پاسخ نمونه</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="176" />
        <source>(uw eigen geluid)</source>
        <translation>(صدای خودتان)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="235" />
        <source>Geluidsbestand kiezen</source>
        <translation>یک فایل صوتی انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="237" />
        <source>Geluid</source>
        <translation>صدا</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="269" />
        <source>Opgeslagen. Leerlingen horen nu uw geluid bij '{label}'.</source>
        <translation>ذخیره شد. زبان‌آموزان حالا صدای شما را در '{label}' می‌شنوند.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="284" />
        <source>Deze itembank heeft geen luisterfragmenten en geen spreekopdrachten.</source>
        <translation>این بانک سؤال فایل شنیداری و تکلیف صحبت کردن ندارد.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="287" />
        <source>Nu: nog geen geluid.</source>
        <translation>اکنون: هنوز صدایی نیست.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="289" />
        <source>Nu: uw eigen geluid.</source>
        <translation>اکنون: صدای خودتان.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="291" />
        <source>Nu: {file}</source>
        <translation>اکنون: {file}</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="294" />
        <source>Opname loopt: {time}</source>
        <translation>ضبط: {time}</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="299" />
        <source>Neem uw stem op of kies een geluidsbestand.</source>
        <translation>صدای خود را ضبط کنید یا یک فایل صوتی انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="301" />
        <source>Nieuw: uw opname. Luister en zet hem in de itembank.</source>
        <translation>جدید: ضبط شما. گوش دهید، بعد آن را در بانک سؤال بگذارید.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="304" />
        <source>Nieuw: {file}. Luister en zet het in de itembank.</source>
        <translation>جدید: {file}. گوش دهید، بعد آن را در بانک سؤال بگذارید.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="308" />
        <source>■ Stop opname</source>
        <translation>■ توقف ضبط</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="308" />
        <source>● Opnemen</source>
        <translation>● ضبط</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="322" />
        <source>Eigen stem</source>
        <translation>صدای خودم</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="323" />
        <source>Eigen stem in '{title}'</source>
        <translation>صدای خودم در '{title}'</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="326" />
        <source>Kies een luisterfragment of een voorbeeldantwoord. Neem uw stem op of kies een geluidsbestand. Luister eerst. Zet het daarna in de itembank: leerlingen horen dan uw geluid, en het gaat mee als u de itembank exporteert.</source>
        <translation>یک فایل شنیداری یا پاسخ نمونه انتخاب کنید. صدای خود را ضبط کنید یا یک فایل صوتی انتخاب کنید. اول گوش دهید. بعد آن را در بانک سؤال بگذارید: زبان‌آموزان صدای شما را می‌شنوند و هنگام خروجی گرفتن از بانک سؤال، صدا هم همراه آن می‌رود.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="331" />
        <source>Wat leerlingen nu horen</source>
        <translation>آنچه زبان‌آموزان اکنون می‌شنوند</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="332" />
        <source>Nieuw geluid</source>
        <translation>صدای جدید</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="333" />
        <source>▶ Nu afspelen</source>
        <translation>▶ پخش فعلی</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="333" />
        <location filename="../gui/dialogs/own_voice.py" line="334" />
        <source>■ Stop</source>
        <translation>■ توقف</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="334" />
        <source>▶ Nieuw geluid afspelen</source>
        <translation>▶ پخش صدای جدید</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="335" />
        <source>Bestand kiezen…</source>
        <translation>انتخاب فایل…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="336" />
        <source>In de itembank zetten</source>
        <translation>گذاشتن در بانک سؤال</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="337" />
        <source>Sluiten</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="35" />
        <source>%n seconden</source>
        <translation><numerusform>%n ثانیه</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="38" />
        <source>%n minuten</source>
        <translation><numerusform>%n دقیقه</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="40" />
        <source>%n uur</source>
        <translation><numerusform>%n ساعت</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="66" />
        <location filename="../gui/dialogs/pin.py" line="91" />
        <source>U heeft te vaak een verkeerde code getypt.</source>
        <translation>شما بیش از حد کد اشتباه نوشتید.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="78" />
        <source>Even controleren…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="103" />
        <source>Probeer het opnieuw.</source>
        <translation>دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="111" />
        <source>Wacht {wait}.</source>
        <translation>صبر کنید: {wait}.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="123" />
        <source>Er ging iets mis. Probeer het opnieuw.</source>
        <translation>مشکلی پیش آمد. دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../gui/screens/profiles.py" line="93" />
        <source>Wie gaat er oefenen?</source>
        <translation>چه کسی تمرین می‌کند؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="94" />
        <source>Nieuw profiel</source>
        <translation>نمایهٔ جدید</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="95" />
        <source>Openen</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="96" />
        <source>Docent</source>
        <translation>معلم</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="25" />
        <source>Lezen</source>
        <translation>خواندن</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="26" />
        <source>Luisteren</source>
        <translation>شنیدن</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="27" />
        <source>Spreken</source>
        <translation>صحبت کردن</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="81" />
        <location filename="../gui/teacher/progress_tab.py" line="129" />
        <source>Alle leerlingen</source>
        <translation>همهٔ زبان‌آموزان</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="127" />
        <source>Groep:</source>
        <translation>گروه:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="130" />
        <source>De groep</source>
        <translation>گروه</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="131" />
        <source>Per leerling</source>
        <translation>برای هر زبان‌آموز</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="134" />
        <source>Onderdeel</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="135" />
        <source>Met niveau</source>
        <translation>با سطح</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="136" />
        <source>Gemiddeld niveau</source>
        <translation>میانگین سطح</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="137" />
        <source>Gem. kans A2</source>
        <translation>میانگین شانس A2</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="138" />
        <location filename="../gui/teacher/progress_tab.py" line="150" />
        <source>Vragen</source>
        <translation>سؤال‌ها</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="139" />
        <source>Goed</source>
        <translation>درست</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="140" />
        <source>Niveaus</source>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="145" />
        <source>Naam</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="146" />
        <source>Groep</source>
        <translation>گروه</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="151" />
        <source>Minuten</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="152" />
        <source>Laatst actief</source>
        <translation>آخرین فعالیت</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="153" />
        <source>Te beoordelen</source>
        <translation>برای ارزیابی</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="154" />
        <source>Proefexamens</source>
        <translation>امتحان‌های آزمایشی</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="159" />
        <source>Per onderdeel: niveau nu · kans om het examen te halen (op het niveau van de leerling: A2 of B1). Een streepje: nog geen niveau.</source>
        <translation>برای هر بخش: سطح فعلی · شانس قبولی در امتحان (در سطح زبان‌آموز: A2 یا B1). خط تیره: هنوز سطحی نیست.</translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <location filename="../gui/screens/reading.py" line="360" />
        <source>Vraag {n} van {total} bij deze tekst</source>
        <translation>سؤال {n} از {total} برای این متن</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="379" />
        <source>Kies eerst een antwoord.</source>
        <translation>اول یک پاسخ انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="388" />
        <source>Uw antwoord is bewaard. Hier is de volgende vraag.</source>
        <translation>پاسخ شما ذخیره شد. این سؤال بعدی است.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="391" />
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation>آفرین! این پاسخ درست است.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="393" />
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation>تقریباً. پاسخ درست: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="423" />
        <source>Korte test: lezen</source>
        <translation>آزمون کوتاه: خواندن</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="426" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>این امتحان نیست. آرام باشید و بهترین تلاشتان را بکنید. بعد از چند سؤال می‌دانیم چه سطحی برای شما مناسب است.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="431" />
        <source>Lezen oefenen</source>
        <translation>تمرین خواندن</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="432" />
        <source>Lees de tekst. Kies dan het goede antwoord.</source>
        <translation>متن را بخوانید. بعد پاسخ درست را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="433" />
        <source>Stoppen</source>
        <translation>پایان تمرین</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="434" />
        <source>Controleer</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="435" />
        <source>Volgende vraag</source>
        <translation>سؤال بعدی</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="436" />
        <source>Typ hier uw antwoord</source>
        <translation>پاسخ خود را اینجا بنویسید</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message numerus="yes">
        <location filename="../gui/teacher/review_tab.py" line="151" />
        <location filename="../gui/teacher/review_tab.py" line="280" />
        <source>Opnames om te beoordelen: %n</source>
        <translation><numerusform>ضبط‌ها برای ارزیابی: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="185" />
        <source>Kies links een opname.</source>
        <translation>یک ضبط را در سمت چپ انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="194" />
        <source>{name}, {date} (duur: {seconds} sec.)</source>
        <translation>{name}، {date} (مدت: {seconds} ثانیه)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="206" />
        <source>Het geluidsbestand is niet gevonden: {path}</source>
        <translation>فایل صوتی پیدا نشد: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="213" />
        <source>De opdracht wordt geladen…</source>
        <translation>در حال بارگذاری تکلیف…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="218" />
        <source>Opdracht: {question}</source>
        <translation>تکلیف: {question}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="220" />
        <source>Voorbeeldantwoord: {answer}</source>
        <translation>پاسخ نمونه: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="234" />
        <location filename="../gui/teacher/review_tab.py" line="254" />
        <source>voldoende</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="234" />
        <location filename="../gui/teacher/review_tab.py" line="254" />
        <source>onvoldoende</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="236" />
        <source>Totaal: {points} van {max} punten: {verdict}</source>
        <translation>مجموع: {points} از {max} امتیاز: {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="256" />
        <source>Opgeslagen: {points} van {max} punten, {verdict}.</source>
        <translation>ذخیره شد: {points} از {max} امتیاز، {verdict}.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="272" />
        <source>Inhoud: doet de leerling wat de opdracht vraagt?</source>
        <translation>محتوا: آیا زبان‌آموز کاری را که تکلیف می‌خواهد انجام می‌دهد؟</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="273" />
        <source>Verstaanbaar: uitspraak en duidelijkheid</source>
        <translation>قابل فهم بودن: تلفظ و وضوح</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="274" />
        <source>Woordenschat</source>
        <translation>واژگان</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="275" />
        <source>Grammatica</source>
        <translation>دستور زبان</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="276" />
        <source>Vloeiend spreken</source>
        <translation>روانی</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="279" />
        <source>(0–2)</source>
        <translation>(0–2)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="281" />
        <source>Ook beoordeelde opnames tonen</source>
        <translation>ضبط‌های ارزیابی‌شده را هم نشان بده</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="282" />
        <source>Opdracht</source>
        <translation>تکلیف</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="284" />
        <source>Beoordeling (voldoende: 6 van 10 punten en minstens 1 punt voor inhoud)</source>
        <translation>ارزیابی (قبولی: ۶ از ۱۰ امتیاز و دست‌کم ۱ امتیاز برای محتوا)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="286" />
        <source>Opmerking:</source>
        <translation>نظر:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="287" />
        <source>▶ Opname afspelen</source>
        <translation>▶ پخش ضبط</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="287" />
        <location filename="../gui/teacher/review_tab.py" line="288" />
        <source>■ Stop</source>
        <translation>■ توقف</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="288" />
        <source>▶ Voorbeeld afspelen</source>
        <translation>▶ پخش نمونه</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="289" />
        <source>Beoordeling opslaan</source>
        <translation>ذخیرهٔ ارزیابی</translation>
    </message>
</context>
<context>
    <name>SchoolSetupDialog</name>
    <message>
        <location filename="../gui/dialogs/about.py" line="109" />
        <source>ingesteld door de school (site.toml)</source>
        <translation>تنظیم‌شده توسط مدرسه ⁦(site.toml)⁩</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="111" />
        <source>ingesteld op deze computer</source>
        <translation>تنظیم‌شده در این رایانه</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="113" />
        <source>nog niet ingesteld</source>
        <translation>هنوز تنظیم نشده</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="118" />
        <source>gevonden</source>
        <translation>پیدا شد</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="118" />
        <source>niet gevonden</source>
        <translation>پیدا نشد</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="124" />
        <location filename="../gui/dialogs/about.py" line="125" />
        <location filename="../gui/dialogs/about.py" line="127" />
        <source>(geen)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="131" />
        <source>Over deze installatie</source>
        <translation>دربارهٔ این نصب</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="134" />
        <source>Voor de ICT-beheerder: hier staan de instellingen van de school en de gegevens. Zie docs/school-setup.md.</source>
        <translation>برای مدیر فناوری اطلاعات: تنظیمات مدرسه و داده‌ها اینجا هستند. نگاه کنید به docs/school-setup.md.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="139" />
        <source>Versie:</source>
        <translation>نسخه:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="140" />
        <source>Instellingen school:</source>
        <translation>تنظیمات مدرسه:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="141" />
        <source>Dat bestand is:</source>
        <translation>آن فایل:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="142" />
        <source>Eigen instellingen:</source>
        <translation>تنظیمات خود:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="143" />
        <source>Database:</source>
        <translation>پایگاه داده:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="144" />
        <source>Map met gegevens:</source>
        <translation>پوشهٔ داده‌ها:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="145" />
        <source>Map met eigen instellingen:</source>
        <translation>پوشهٔ تنظیمات خود:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="146" />
        <source>Map met opnames:</source>
        <translation>پوشهٔ ضبط‌ها:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="147" />
        <source>Gedeelde itembanken:</source>
        <translation>بانک‌های سؤال مشترک:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="148" />
        <source>Gedeelde opnames:</source>
        <translation>ضبط‌های مشترک:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="149" />
        <source>Docent-PIN:</source>
        <translation>PIN معلم:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="150" />
        <source>Vastgezet door school:</source>
        <translation>قفل‌شده توسط مدرسه:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="156" />
        <source>Onderdelen en hun licenties:</source>
        <translation>بخش‌ها و مجوزهای آن‌ها:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="160" />
        <source>Qt en PySide6 vallen onder de LGPL-3.0. U mag de Qt-bibliotheken vervangen door een eigen versie. Ze staan in: {folder}. De teksten van de licenties staan in: {texts}.</source>
        <translation>Qt و PySide6 تحت مجوز LGPL-3.0 هستند. می‌توانید کتابخانه‌های Qt را با نسخهٔ خودتان جایگزین کنید. آن‌ها اینجا هستند: {folder}. متن مجوزها اینجاست: {texts}.</translation>
    </message>
</context>
<context>
    <name>SoundCheckScreen</name>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="262" />
        <source>Geluid testen</source>
        <translation>آزمایش صدا</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="265" />
        <source>Test eerst uw koptelefoon en uw microfoon. Dat doet u ook bij het echte examen.</source>
        <translation>اول هدفون و میکروفون خود را امتحان کنید. این کار را در امتحان واقعی هم انجام می‌دهید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="270" />
        <source>Terug</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="271" />
        <source>Opnieuw kijken</source>
        <translation>دوباره بررسی کنید</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="274" />
        <source>Verder naar luisteren</source>
        <translation>ادامه به گوش دادن</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="275" />
        <source>Verder naar spreken</source>
        <translation>ادامه به صحبت کردن</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="276" />
        <source>Klaar</source>
        <translation>تمام</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="281" />
        <source>1. Koptelefoon of luidspreker</source>
        <translation>۱. هدفون یا بلندگو</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="284" />
        <location filename="../gui/screens/soundcheck.py" line="320" />
        <source>Gevonden: {name}</source>
        <translation>پیدا شد: {name}</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="285" />
        <source>Klik op Luisteren. Hoort u het geluid goed?</source>
        <translation>روی گوش دهید کلیک کنید. صدا را خوب می‌شنوید؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="287" />
        <location filename="../gui/screens/soundcheck.py" line="322" />
        <source>Niet gevonden.</source>
        <translation>پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="290" />
        <source>Ja, ik hoor het</source>
        <translation>بله، می‌شنوم</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="291" />
        <location filename="../gui/screens/soundcheck.py" line="352" />
        <source>Nee</source>
        <translation>نه</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="294" />
        <source>We vinden geen luidspreker of koptelefoon. Zonder geluid kunt u niet luisteren.
Sluit een koptelefoon of luidsprekers aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>بلندگو یا هدفون پیدا نمی‌کنیم. بدون صدا نمی‌توانید گوش دهید.
هدفون یا بلندگو وصل کنید. بعد روی 'دوباره بررسی کنید' کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="300" />
        <source>Goed zo. Het geluid werkt.</source>
        <translation>آفرین. صدا کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="303" />
        <source>Zet het geluid van de computer harder. Kijk of de koptelefoon goed vastzit. Probeer het dan nog een keer.</source>
        <translation>صدای رایانه را بلندتر کنید. بررسی کنید که هدفون خوب وصل باشد. بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="317" />
        <source>2. Microfoon</source>
        <translation>۲. میکروفون</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="327" />
        <source>Neem 3 seconden op</source>
        <translation>۳ ثانیه ضبط کنید</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="329" />
        <source>Opnieuw opnemen</source>
        <translation>دوباره ضبط کنید</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="334" />
        <source>Spreek nu. Zeg bijvoorbeeld: 'Goedemorgen, ik heet …'.</source>
        <translation>حالا صحبت کنید. مثلاً بگویید: 'Goedemorgen, ik heet …' (صبح بخیر، اسم من … است).</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/soundcheck.py" line="336" />
        <source>Nog %n seconden.</source>
        <translation><numerusform>ثانیه‌های باقی‌مانده: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="340" />
        <source>Dit is uw opname. Klik op Luisteren om hem nog eens te horen.</source>
        <translation>این ضبط شماست. برای شنیدن دوباره روی گوش دهید کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="343" />
        <source>Klik op de knop. Zeg dan iets. U heeft 3 seconden.</source>
        <translation>روی دکمه کلیک کنید. بعد چیزی بگویید. ۳ ثانیه وقت دارید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="350" />
        <source>Hoort u uw eigen stem?</source>
        <translation>صدای خودتان را می‌شنوید؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="351" />
        <source>Ja, ik hoor mijzelf</source>
        <translation>بله، صدای خودم را می‌شنوم</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="355" />
        <source>We vinden geen microfoon. Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.
U kunt ook zonder microfoon spreken oefenen. U zegt dan uw antwoord hardop.</source>
        <translation>میکروفون پیدا نمی‌کنیم. یک میکروفون یا هدفون با میکروفون وصل کنید. بعد روی 'دوباره بررسی کنید' کلیک کنید.
بدون میکروفون هم می‌توانید صحبت کردن را تمرین کنید. آن‌وقت پاسخ خود را بلند می‌گویید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="362" />
        <source>Goed zo. De microfoon werkt.</source>
        <translation>آفرین. میکروفون کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="365" />
        <source>Spreek wat harder, of houd de microfoon dichter bij uw mond. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>کمی بلندتر صحبت کنید یا میکروفون را به دهانتان نزدیک‌تر کنید. بررسی کنید که میکروفون روشن باشد. بعد دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>SpeakingScreen</name>
    <message>
        <location filename="../gui/screens/speaking.py" line="308" />
        <source>Opdracht {n} van {total}</source>
        <translation>تکلیف {n} از {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="418" />
        <source>Geeft u antwoord op de vraag?</source>
        <translation>آیا به سؤال پاسخ می‌دهید؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="419" />
        <source>Spreekt u in hele zinnen?</source>
        <translation>آیا با جمله‌های کامل صحبت می‌کنید؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="420" />
        <source>Spreekt u duidelijk?</source>
        <translation>آیا واضح صحبت می‌کنید؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="444" />
        <location filename="../gui/screens/speaking.py" line="560" />
        <source>Uw antwoord is niet bewaard</source>
        <translation>پاسخ شما ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="493" />
        <source>Kies eerst een antwoord.</source>
        <translation>اول یک پاسخ انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="500" />
        <source>Goed zo! Dat zegt u in deze situatie.</source>
        <translation>آفرین! در این موقعیت همین را می‌گویند.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="502" />
        <source>Bijna. Beter is: {answer}</source>
        <translation>تقریباً. بهتر است بگویید: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="546" />
        <source>Spreken oefenen</source>
        <translation>تمرین صحبت کردن</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="549" />
        <source>U oefent zonder microfoon. Zeg uw antwoord hardop. Vergelijk het daarna.</source>
        <translation>شما بدون میکروفون تمرین می‌کنید. پاسخ خود را بلند بگویید. بعد مقایسه کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="553" />
        <source>Luister naar de opdracht. Denk even na. Spreek dan uw antwoord in.</source>
        <translation>به تکلیف گوش دهید. کمی فکر کنید. بعد پاسخ خود را ضبط کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="555" />
        <source>Stoppen</source>
        <translation>پایان تمرین</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="557" />
        <source>De opdracht:</source>
        <translation>تکلیف:</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="558" />
        <source>Luister naar de situatie. Kies dan de goede reactie.</source>
        <translation>به موقعیت گوش دهید. بعد واکنش درست را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="562" />
        <source>Luister naar uw antwoord</source>
        <translation>به پاسخ خود گوش دهید</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="564" />
        <source>Een goed antwoord</source>
        <translation>یک پاسخ خوب</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="565" />
        <source>Kijk zelf</source>
        <translation>خودتان بررسی کنید</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="567" />
        <source>Vergelijk uw antwoord met het goede antwoord. Zet een vinkje als het klopt.</source>
        <translation>پاسخ خود را با پاسخ خوب مقایسه کنید. اگر درست است، خانه را علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="569" />
        <location filename="../gui/screens/speaking.py" line="572" />
        <source>Volgende opdracht</source>
        <translation>تکلیف بعدی</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="570" />
        <source>Opnieuw opnemen</source>
        <translation>دوباره ضبط کنید</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="571" />
        <source>Controleer</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="581" />
        <source>Even geduld. We luisteren naar uw opname…</source>
        <translation>لطفاً صبر کنید. به ضبط شما گوش می‌دهیم…</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="583" />
        <source>De microfoon doet het niet meer</source>
        <translation>میکروفون از کار افتاد</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="585" />
        <source>Er is geen microfoon</source>
        <translation>میکروفون نیست</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="588" />
        <source>We vinden geen microfoon. Daarom kunnen we uw antwoord niet opnemen.</source>
        <translation>میکروفون پیدا نمی‌کنیم. پس نمی‌توانیم پاسخ شما را ضبط کنیم.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="590" />
        <source>U kunt toch oefenen. U zegt uw antwoord hardop. Daarna hoort en leest u een goed antwoord. U kijkt zelf of uw antwoord goed was.</source>
        <translation>باز هم می‌توانید تمرین کنید. پاسخ خود را بلند می‌گویید. بعد یک پاسخ خوب را می‌شنوید و می‌خوانید. خودتان بررسی می‌کنید که پاسخ شما خوب بود یا نه.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="594" />
        <source>Wilt u wel opnemen? Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>می‌خواهید ضبط کنید؟ یک میکروفون یا هدفون با میکروفون وصل کنید. بعد روی 'دوباره بررسی کنید' کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="599" />
        <source>We vinden ook geen luidspreker. U kunt de opdrachten wel lezen.</source>
        <translation>بلندگو هم پیدا نمی‌کنیم. باز هم می‌توانید تکلیف‌ها را بخوانید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="601" />
        <source>Oefenen zonder opname</source>
        <translation>تمرین بدون ضبط</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="602" />
        <source>Opnieuw kijken</source>
        <translation>دوباره بررسی کنید</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="603" />
        <source>Terug naar het begin</source>
        <translation>بازگشت به شروع</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../gui/screens/results.py" line="59" />
        <source>de gemeente</source>
        <translation>شهرداری</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="60" />
        <source>werk</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="61" />
        <source>gezondheid</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="62" />
        <source>wonen</source>
        <translation>مسکن</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="63" />
        <source>school</source>
        <translation>مدرسه</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="64" />
        <source>winkelen</source>
        <translation>خرید</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="65" />
        <source>reizen</source>
        <translation>سفر</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="66" />
        <source>vrije tijd</source>
        <translation>اوقات فراغت</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="67" />
        <source>geld</source>
        <translation>پول</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="68" />
        <source>familie</source>
        <translation>خانواده</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="69" />
        <source>buren</source>
        <translation>همسایه‌ها</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="70" />
        <source>instanties</source>
        <translation>اداره‌ها</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="71" />
        <source>nieuws</source>
        <translation>اخبار</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="72" />
        <source>algemeen</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="77" />
        <source>Naar het begin</source>
        <translation>رفتن به شروع</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="78" />
        <source>Nog een keer oefenen</source>
        <translation>دوباره تمرین کنید</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="84" />
        <source>De test is klaar. Dank u wel!</source>
        <translation>آزمون تمام شد. متشکریم!</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="86" />
        <source>Klaar! Goed gedaan.</source>
        <translation>تمام! آفرین.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="93" />
        <source>U heeft %n opdrachten ingesproken.</source>
        <translation><numerusform>تکلیف‌هایی که پاسخشان را ضبط کردید: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="94" />
        <location filename="../gui/screens/results.py" line="108" />
        <source>U oefende %n minuten.</source>
        <translation><numerusform>مدت تمرین (دقیقه): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="98" />
        <source>Bij {good} van de %n keuzevragen koos u de goede reactie.</source>
        <translation><numerusform>سؤال‌های انتخابی: در {good} از %n واکنش درست را انتخاب کردید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="104" />
        <source>U heeft {good} van de %n vragen goed.</source>
        <translation><numerusform>پاسخ‌های درست: {good} از %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="114" />
        <source>Uw opnames zijn bewaard. Uw docent kan ze later beluisteren.</source>
        <translation>ضبط‌های شما ذخیره شدند. معلمتان بعداً می‌تواند به آن‌ها گوش دهد.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="116" />
        <source>Er zijn geen opnames bewaard.</source>
        <translation>هیچ ضبطی ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="120" />
        <source>Uw niveau is nu {level}. Eerst was het {before}.</source>
        <translation>سطح شما اکنون {level} است. قبلاً {before} بود.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="125" />
        <source>Uw niveau is nu {level}.</source>
        <translation>سطح شما اکنون {level} است.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="128" />
        <source>%n opdrachten zijn niet opgenomen.</source>
        <translation><numerusform>تکلیف‌هایی که ضبط نشدند: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="130" />
        <source>Test de microfoon bij 'Geluid testen'. Probeer het dan nog een keer.</source>
        <translation>میکروفون را در 'آزمایش صدا' امتحان کنید. بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="135" />
        <source>Oefen nog wat meer met fragmenten over: {themes}.</source>
        <translation>با فایل‌های صوتی دربارهٔ این موضوع‌ها کمی بیشتر تمرین کنید: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="137" />
        <source>Oefen nog wat meer met teksten over: {themes}.</source>
        <translation>با متن‌هایی دربارهٔ این موضوع‌ها کمی بیشتر تمرین کنید: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="142" />
        <source>Alles ging goed. Probeer de volgende keer iets moeilijkers.</source>
        <translation>همه چیز خوب پیش رفت. دفعهٔ بعد چیز سخت‌تری امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <location filename="../gui/dialogs/pin.py" line="192" />
        <source>Deze PIN klopt niet.</source>
        <translation>این PIN درست نیست.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="204" />
        <source>De twee PIN's zijn niet hetzelfde.</source>
        <translation>دو PIN یکسان نیستند.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="214" />
        <source>Docent</source>
        <translation>معلم</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="220" />
        <source>Er is nog geen docent-PIN op deze computer. Kies een PIN van minstens 4 tekens (beter: 6 of meer). Leerlingen mogen deze PIN niet weten.</source>
        <translation>هنوز PIN معلم روی این رایانه نیست. یک PIN با دست‌کم ۴ نویسه انتخاب کنید (بهتر: ۶ یا بیشتر). زبان‌آموزان نباید این PIN را بدانند.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="226" />
        <source>Typ de docent-PIN. Daarna ziet u de resultaten van alle leerlingen.</source>
        <translation>PIN معلم را بنویسید. بعد نتایج همهٔ زبان‌آموزان را می‌بینید.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="228" />
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="229" />
        <source>Nog een keer:</source>
        <translation>یک بار دیگر:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="230" />
        <source>PIN opslaan</source>
        <translation>ذخیرهٔ PIN</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="230" />
        <source>Openen</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="231" />
        <source>Annuleren</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message>
        <location filename="../gui/screens/teacher.py" line="93" />
        <source>Docent</source>
        <translation>معلم</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="94" />
        <source>Over deze installatie</source>
        <translation>دربارهٔ این نصب</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="95" />
        <source>Docent afsluiten</source>
        <translation>بستن حالت معلم</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="97" />
        <source>Leerlingen en groepen</source>
        <translation>زبان‌آموزان و گروه‌ها</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="98" />
        <source>Voortgang</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="99" />
        <source>Itembanken</source>
        <translation>بانک‌های سؤال</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="100" />
        <source>Spreken beoordelen</source>
        <translation>ارزیابی صحبت کردن</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="101" />
        <source>Exporteren</source>
        <translation>خروجی</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <location filename="../audio/messages.py" line="75" />
        <source>We vinden geen luidspreker of koptelefoon. Sluit een koptelefoon of luidsprekers aan en probeer het opnieuw.</source>
        <translation>بلندگو یا هدفون پیدا نمی‌کنیم. هدفون یا بلندگو وصل کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="80" />
        <source>We vinden geen microfoon. Sluit een microfoon aan en probeer het opnieuw.</source>
        <translation>میکروفون پیدا نمی‌کنیم. یک میکروفون وصل کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="83" />
        <source>De microfoon doet het niet meer. Wat u al had gezegd, is bewaard.</source>
        <translation>میکروفون از کار افتاد. آنچه گفته بودید ذخیره شده است.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="86" />
        <source>De computer is vol. Uw opname is niet bewaard. Vraag hulp aan uw docent.</source>
        <translation>رایانه پر است. ضبط شما ذخیره نشد. از معلمتان کمک بخواهید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="89" />
        <source>Dit geluid kan niet worden afgespeeld. Het bestand is kapot of er nog niet.</source>
        <translation>این صدا پخش نمی‌شود. فایل خراب است یا هنوز وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="92" />
        <source>Het programma om geluid om te zetten ontbreekt (ffmpeg).</source>
        <translation>برنامهٔ تبدیل صدا وجود ندارد ⁦(ffmpeg)⁩.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="95" />
        <source>Er ging iets mis met het geluid. Probeer het opnieuw.</source>
        <translation>مشکلی در صدا پیش آمد. لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="32" />
        <source>U sprak 1 seconde.</source>
        <translation>شما ۱ ثانیه صحبت کردید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="33" />
        <source>U sprak {seconds} seconden.</source>
        <translation>مدت صحبت شما (ثانیه): {seconds}.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="34" />
        <source>Een goed antwoord duurt {low} tot {high} seconden.</source>
        <translation>یک پاسخ خوب {low} تا {high} ثانیه طول می‌کشد.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="37" />
        <source>We hoorden geen stem. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>صدایی نشنیدیم. بررسی کنید که میکروفون روشن باشد. بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="41" />
        <source>Uw stem was zacht. Spreek wat harder, of houd de microfoon dichter bij uw mond.</source>
        <translation>صدای شما آرام بود. کمی بلندتر صحبت کنید یا میکروفون را به دهانتان نزدیک‌تر کنید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="44" />
        <source>Het geluid was te hard. Spreek wat zachter, of houd de microfoon verder weg.</source>
        <translation>صدا خیلی بلند بود. کمی آرام‌تر صحبت کنید یا میکروفون را دورتر نگه دارید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="47" />
        <source>Vertel wat meer.</source>
        <translation>کمی بیشتر بگویید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="48" />
        <source>Probeer het korter te zeggen.</source>
        <translation>سعی کنید کوتاه‌تر بگویید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="49" />
        <source>Dat is een goede lengte. Goed gedaan!</source>
        <translation>این طول خوبی است. آفرین!</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="50" />
        <source>U begon na {seconds} seconden met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>شما بعد از {seconds} ثانیه شروع به صحبت کردید. اشکالی ندارد. اما سعی کنید کمی زودتر شروع کنید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="53" />
        <source>U was een keer {seconds} seconden stil. Even nadenken mag. Praat daarna door.</source>
        <translation>یک بار {seconds} ثانیه ساکت بودید. مکث کوتاه برای فکر کردن اشکالی ندارد. بعد به صحبت ادامه دهید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="61" />
        <source>U begon na 1 seconde met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>شما بعد از ۱ ثانیه شروع به صحبت کردید. اشکالی ندارد. اما سعی کنید کمی زودتر شروع کنید.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="64" />
        <source>U was een keer 1 seconde stil. Even nadenken mag. Praat daarna door.</source>
        <translation>یک بار ۱ ثانیه ساکت بودید. مکث کوتاه برای فکر کردن اشکالی ندارد. بعد به صحبت ادامه دهید.</translation>
    </message>
</context>
<context>
    <name>exam</name>
    <message>
        <location filename="../gui/exam_texts.py" line="22" />
        <source>Lezen</source>
        <translation>خواندن</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="23" />
        <source>Luisteren</source>
        <translation>شنیدن</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="24" />
        <source>Spreken</source>
        <translation>صحبت کردن</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="31" />
        <source>Oefenset met tijd: {skill} {level}</source>
        <translation>مجموعهٔ زمان‌دار: {skill} {level}</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="34" />
        <source>Examen {skill} {level}</source>
        <translation>امتحان {skill} {level}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="49" />
        <source>Er zijn %n opdrachten.</source>
        <translation><numerusform>تعداد تکلیف‌ها: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="52" />
        <source>Bij %n opdrachten spreekt u een antwoord in.</source>
        <translation><numerusform>در بعضی تکلیف‌ها پاسخ را ضبط می‌کنید (تعداد: %n).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="54" />
        <source>Bij %n opdrachten kiest u de goede reactie.</source>
        <translation><numerusform>در تکلیف‌های دیگر واکنش درست را انتخاب می‌کنید (تعداد: %n).</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="61" />
        <source>Bij elke opdracht spreekt u een antwoord in.</source>
        <translation>در هر تکلیف پاسخ را ضبط می‌کنید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="65" />
        <source>Er zijn %n vragen.</source>
        <translation><numerusform>تعداد سؤال‌ها: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="66" />
        <source>U heeft %n minuten.</source>
        <translation><numerusform>زمان شما (دقیقه): %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="69" />
        <source>Eerst maakt u %n oefenvragen. Die tellen niet mee. Daarna begint de tijd.</source>
        <translation><numerusform>اول سؤال‌های تمرینی را انجام می‌دهید (تعداد: %n). این‌ها حساب نمی‌شوند. بعد زمان شروع می‌شود.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="77" />
        <source>Boven in het scherm ziet u hoeveel tijd u nog heeft.</source>
        <translation>در بالای صفحه می‌بینید چقدر وقت دارید.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="80" />
        <source>U ziet geen klok, net als bij het echte examen. U krijgt een melding als u nog 5 minuten en nog 1 minuut heeft.</source>
        <translation>مثل امتحان واقعی ساعتی نمی‌بینید. وقتی ۵ دقیقه و وقتی ۱ دقیقه مانده باشد، پیامی می‌گیرید.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="88" />
        <source>Onderaan staan de nummers van alle vragen. U mag zelf kiezen welke vraag u maakt. U kunt ook terug.</source>
        <translation>در پایین شمارهٔ همهٔ سؤال‌ها را می‌بینید. خودتان می‌توانید انتخاب کنید کدام سؤال را انجام دهید. می‌توانید برگردید.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="95" />
        <source>U gaat steeds naar de volgende opdracht. Terug kan niet.</source>
        <translation>همیشه به تکلیف بعدی می‌روید. نمی‌توانید برگردید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="98" />
        <source>U mag elk fragment %n keer horen. Nog een keer luisteren kost wel tijd.</source>
        <translation><numerusform>به هر فایل صوتی می‌توانید گوش دهید. تعداد دفعات مجاز: %n. دوباره گوش دادن از وقتتان کم می‌کند.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="107" />
        <source>U hoort de opdracht. U krijgt even tijd om na te denken. Na een piep spreekt u uw antwoord in.</source>
        <translation>تکلیف را می‌شنوید. کمی وقت برای فکر کردن دارید. بعد از بوق، پاسخ خود را ضبط می‌کنید.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="114" />
        <source>Aan het einde luistert u zelf naar uw opnames. U kijkt zelf of ze goed zijn, of uw docent doet dat.</source>
        <translation>در پایان خودتان به ضبط‌هایتان گوش می‌دهید. خودتان بررسی می‌کنید که خوب هستند یا معلمتان این کار را می‌کند.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="122" />
        <source>Elke goede vraag is 1 punt. Een vraag zonder antwoord is fout. Kies dus altijd een antwoord.</source>
        <translation>هر پاسخ درست ۱ امتیاز است. سؤال بدون پاسخ غلط است. پس همیشه یک پاسخ انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="130" />
        <source>Bij het Staatsexamen heeft u met {score} punten op de schaal een voldoende. Wij geven aan het einde een schatting van uw score.</source>
        <translation>در Staatsexamen (امتحان دولتی)، {score} امتیاز روی مقیاس قبولی است. در پایان نمرهٔ شما را برآورد می‌کنیم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="138" />
        <source>Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed is genoeg. Dat is geen officiële grens.</source>
        <translation><numerusform>سایت‌های آمادگی می‌گویند: حدود {n} پاسخ درست از %n کافی است. این مرز رسمی نیست.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="146" />
        <source>De uitslag ziet u pas aan het einde.</source>
        <translation>نتیجه را فقط در پایان می‌بینید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="158" />
        <source>nog %n minuten</source>
        <translation><numerusform>دقیقه‌های باقی‌مانده: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="58" />
        <source>U was bezig met een examen ({skill} {level}, {left}). Wilt u verder gaan?</source>
        <translation>شما مشغول یک امتحان بودید ({skill} {level}، {left}). می‌خواهید ادامه دهید؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="64" />
        <source>Verder met het examen?</source>
        <translation>امتحان ادامه پیدا کند؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="67" />
        <source>Verder gaan</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="69" />
        <source>Stoppen</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="89" />
        <source>Vraag {n}: beantwoord</source>
        <translation>سؤال {n}: پاسخ داده شد</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="91" />
        <source>Vraag {n}: nog open</source>
        <translation>سؤال {n}: هنوز باز</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="273" />
        <source>De opdracht:</source>
        <translation>تکلیف:</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="280" />
        <source>U heeft deze opdracht al ingesproken.</source>
        <translation>این تکلیف را قبلاً ضبط کرده‌اید.</translation>
    </message>
</context>
<context>
    <name>speaking_task</name>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="176" />
        <location filename="../gui/widgets/speaking_task.py" line="386" />
        <source>Klaar.</source>
        <translation>تمام شد.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="298" />
        <source>Probeer het nog een keer, of ga verder zonder opname.</source>
        <translation>دوباره امتحان کنید یا بدون ضبط ادامه دهید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="333" />
        <source>● Opname loopt</source>
        <translation>● در حال ضبط</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="334" />
        <source>Zo hard hoort de microfoon u:</source>
        <translation>میکروفون صدای شما را این‌قدر بلند می‌شنود:</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="336" />
        <source>Ik ben klaar. Begin nu.</source>
        <translation>آماده‌ام. حالا شروع کن.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="338" />
        <source>Begin nu</source>
        <translation>حالا شروع کن</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="341" />
        <source>Klaar</source>
        <translation>تمام</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="343" />
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="345" />
        <source>Verder zonder opname</source>
        <translation>ادامه بدون ضبط</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="351" />
        <source>Luister naar de opdracht.</source>
        <translation>به تکلیف گوش دهید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="352" />
        <source>Daarna krijgt u even tijd om na te denken.</source>
        <translation>بعد کمی وقت برای فکر کردن دارید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="356" />
        <source>Denk na over uw antwoord.</source>
        <translation>به پاسخ خود فکر کنید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="357" />
        <source>Zeg uw antwoord hardop als de tijd om is. Er wordt niets opgenomen.</source>
        <translation>وقتی زمان تمام شد، پاسخ خود را بلند بگویید. چیزی ضبط نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="362" />
        <source>Na de piep begint de opname. Dan spreekt u.</source>
        <translation>بعد از بوق، ضبط شروع می‌شود. آن‌وقت صحبت می‌کنید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="367" />
        <source>Zeg uw antwoord hardop.</source>
        <translation>پاسخ خود را بلند بگویید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="368" />
        <source>Er is geen microfoon. Er wordt niets opgenomen.</source>
        <translation>میکروفون نیست. چیزی ضبط نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="370" />
        <source>Klaar? Klik dan op 'Klaar'.</source>
        <translation>تمام شد؟ روی 'تمام' کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="373" />
        <source>Spreek nu.</source>
        <translation>حالا صحبت کنید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="374" />
        <source>Als de tijd om is, gaat u vanzelf naar de volgende opdracht.</source>
        <translation>وقتی زمان تمام شد، خودکار به تکلیف بعدی می‌روید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="378" />
        <source>De opname stopt vanzelf als de tijd om is. Klaar? Klik op 'Stop'.</source>
        <translation>وقتی زمان تمام شد، ضبط خودش متوقف می‌شود. تمام شد؟ روی 'توقف' کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="384" />
        <source>Even geduld. We bewaren uw opname…</source>
        <translation>لطفاً صبر کنید. ضبط شما را ذخیره می‌کنیم…</translation>
    </message>
</context>
</TS>