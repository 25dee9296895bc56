<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="nl">
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../gui/widgets/audio.py" line="257" />
        <source>Pauze</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="262" />
        <source>Verder luisteren</source>
        <translation>متابعة الاستماع</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="264" />
        <source>Luisteren</source>
        <translation>استماع</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="266" />
        <source>Nog een keer luisteren</source>
        <translation>الاستماع مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="268" />
        <source>Geluisterd</source>
        <translation>تم الاستماع</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="278" />
        <source>U heeft het fragment al {n} keer gehoord.</source>
        <translation>لقد استمعت إلى المقطع الصوتي. عدد المرات: {n}.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="282" />
        <source>U mag het fragment {n} keer horen.</source>
        <translation>يمكنك الاستماع إلى المقطع الصوتي. عدد المرات المسموح بها: {n}.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="286" />
        <source>U mag het nog {n} keer horen.</source>
        <translation>يمكنك الاستماع مرة أخرى. عدد المرات المتبقية: {n}.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../gui/screens/home.py" line="140" />
        <source>Lezen</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="141" />
        <source>Luisteren</source>
        <translation>استماع</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="142" />
        <source>Spreken</source>
        <translation>تحدث</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="148" />
        <source>Hallo {name}!</source>
        <translation>مرحبًا {name}!</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="149" />
        <source>Geluid testen</source>
        <translation>اختبار الصوت</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="150" />
        <source>Ander profiel</source>
        <translation>ملف شخصي آخر</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="154" />
        <source>Uw doel: {goal}.</source>
        <translation>هدفك: {goal}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="156" />
        <source>U oefent voor het examen op niveau {level}.</source>
        <translation>أنت تتدرب لامتحان المستوى {level}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="160" />
        <source>Nog {days} dagen tot uw examen.</source>
        <translation>الأيام المتبقية حتى امتحانك: {days}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="168" />
        <source>Uw niveau nu: {level}</source>
        <translation>مستواك الآن: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="172" />
        <source>Klaar: %p%</source>
        <translation>الجاهزية: %p%</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="175" />
        <source>{n} vragen gemaakt, {good} goed.</source>
        <translation>الأسئلة التي أجبت عنها: {n}. الإجابات الصحيحة: {good}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="179" />
        <location filename="../gui/screens/home.py" line="191" />
        <source>Oefenen</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="182" />
        <source>Nog geen niveau</source>
        <translation>لا يوجد مستوى بعد</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="189" />
        <source>Spreek korte antwoorden in. Daarna luistert u naar uzelf.</source>
        <translation>سجّل إجابات قصيرة. بعد ذلك استمع إلى نفسك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="194" />
        <source>Begin met een korte test. Dan weten we waar u kunt beginnen.</source>
        <translation>ابدأ باختبار قصير. هكذا نعرف من أين تبدأ.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="196" />
        <source>Korte test (5 minuten)</source>
        <translation>اختبار قصير (5 دقائق)</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="199" />
        <source>Nog geen oefeningen</source>
        <translation>لا توجد تمارين بعد</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="203" />
        <source>U heeft in totaal {minutes} minuten geoefend. Goed bezig!</source>
        <translation>مجموع وقت تدريبك بالدقائق: {minutes}. أحسنت!</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="207" />
        <source>Kies een onderdeel. Een keer oefenen duurt ongeveer 10 minuten.</source>
        <translation>اختر قسمًا. التدريب الواحد يستغرق 10 دقائق تقريبًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="212" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>على الأرجح أنت مستعد لهذا القسم من الامتحان.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="214" />
        <source>U bent goed op weg. Blijf oefenen.</source>
        <translation>أنت تتقدم بشكل جيد. استمر في التدريب.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="215" />
        <source>U heeft nog oefening nodig. Elke dag een beetje helpt.</source>
        <translation>ما زلت تحتاج إلى تدريب. القليل كل يوم يساعد.</translation>
    </message>
</context>
<context>
    <name>ListeningScreen</name>
    <message>
        <location filename="../gui/screens/listening.py" line="235" />
        <source>Vraag {n} van {total} bij dit fragment</source>
        <translation>السؤال {n} من {total} عن هذا المقطع الصوتي</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="253" />
        <source>Kies eerst een antwoord.</source>
        <translation>اختر إجابة أولًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="264" />
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation>أحسنت! هذه هي الإجابة الصحيحة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="267" />
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation>اقتربت. الإجابة الصحيحة هي: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="319" />
        <source>Korte test: luisteren</source>
        <translation>اختبار قصير: الاستماع</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="322" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>هذا ليس امتحانًا. خذ وقتك وابذل جهدك. بعد بضعة أسئلة نعرف المستوى المناسب لك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="327" />
        <source>Luisteren oefenen</source>
        <translation>التدريب على الاستماع</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="329" />
        <source>Klik op Luisteren. Luister goed. Kies dan het goede antwoord.</source>
        <translation>انقر على «استماع». استمع جيدًا. ثم اختر الإجابة الصحيحة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="331" />
        <source>Langzamer afspelen</source>
        <translation>تشغيل أبطأ</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="334" />
        <source>Verberg de tekst</source>
        <translation>إخفاء النص</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="336" />
        <source>Lees wat er gezegd wordt</source>
        <translation>اقرأ ما يُقال</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="338" />
        <source>Stoppen</source>
        <translation>إنهاء التدريب</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="339" />
        <source>Controleer</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="340" />
        <source>Volgende vraag</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="341" />
        <source>Typ hier uw antwoord</source>
        <translation>اكتب إجابتك هنا</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="342" />
        <source>Er is geen geluid</source>
        <translation>لا يوجد صوت</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="345" />
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
        <location filename="../gui/screens/listening.py" line="354" />
        <source>Opnieuw kijken</source>
        <translation>البحث مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="355" />
        <source>Terug naar het begin</source>
        <translation>العودة إلى البداية</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="36" />
        <source>Even geduld. Het programma wordt klaargezet…</source>
        <translation>لحظة من فضلك. البرنامج قيد التحضير…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="71" />
        <source>Er ging iets mis. Uw antwoorden zijn bewaard. Probeer het nog een keer.</source>
        <translation>حدث خطأ. إجاباتك محفوظة. حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="73" />
        <source>Let op</source>
        <translation>تنبيه</translation>
    </message>
</context>
<context>
    <name>OnboardingScreen</name>
    <message>
        <location filename="../gui/screens/onboarding.py" line="152" />
        <source>Welkom bij examtrainer</source>
        <translation>مرحبًا بك في examtrainer</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="154" />
        <source>In welke taal wilt u de uitleg lezen? U kunt dit later veranderen.</source>
        <translation>بأي لغة تريد قراءة الشرح؟ يمكنك تغيير ذلك لاحقًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="156" />
        <source>Verder</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="157" />
        <source>Over u</source>
        <translation>معلومات عنك</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="158" />
        <source>Hoe heet u? (Uw voornaam is genoeg.)</source>
        <translation>ما اسمك؟ (الاسم الأول يكفي.)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="159" />
        <source>Voor welk examen oefent u?</source>
        <translation>لأي امتحان تتدرب؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="160" />
        <source>Inburgeringsexamen A2 (DUO)</source>
        <translation>امتحان الاندماج (Inburgeringsexamen) المستوى A2، من DUO</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="161" />
        <source>Staatsexamen Nt2 B1 (programma I)</source>
        <translation>امتحان الدولة للهولندية كلغة ثانية (Staatsexamen Nt2) المستوى B1، programma I</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="164" />
        <source>Moest u inburgeren vóór 2022? Dan is het meestal A2. Vanaf 2022 is het meestal B1. Twijfelt u? Kies A2. U kunt het later veranderen.</source>
        <translation>هل بدأ واجب الاندماج (inburgering) عندك قبل عام 2022؟ إذن الامتحان غالبًا هو A2. منذ عام 2022 الامتحان غالبًا هو B1. لست متأكدًا؟ اختر A2. يمكنك تغيير ذلك لاحقًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="168" />
        <source>Uw doel (mag leeg blijven), bijvoorbeeld: werk vinden</source>
        <translation>هدفك (يمكن تركه فارغًا)، مثلًا: إيجاد عمل</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="169" />
        <source>Ik weet de datum van mijn examen:</source>
        <translation>أعرف تاريخ امتحاني:</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="170" />
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="171" />
        <source>Beginnen</source>
        <translation>ابدأ</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../gui/screens/profiles.py" line="61" />
        <source>Wie gaat er oefenen?</source>
        <translation>من سيتدرب؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="62" />
        <source>Nieuw profiel</source>
        <translation>ملف شخصي جديد</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="63" />
        <source>Openen</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <location filename="../gui/screens/reading.py" line="191" />
        <source>Vraag {n} van {total} bij deze tekst</source>
        <translation>السؤال {n} من {total} عن هذا النص</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="207" />
        <source>Kies eerst een antwoord.</source>
        <translation>اختر إجابة أولًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="218" />
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation>أحسنت! هذه هي الإجابة الصحيحة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="221" />
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation>اقتربت. الإجابة الصحيحة هي: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="254" />
        <source>Korte test: lezen</source>
        <translation>اختبار قصير: القراءة</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="257" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>هذا ليس امتحانًا. خذ وقتك وابذل جهدك. بعد بضعة أسئلة نعرف المستوى المناسب لك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="262" />
        <source>Lezen oefenen</source>
        <translation>التدريب على القراءة</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="263" />
        <source>Lees de tekst. Kies dan het goede antwoord.</source>
        <translation>اقرأ النص. ثم اختر الإجابة الصحيحة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="264" />
        <source>Stoppen</source>
        <translation>إنهاء التدريب</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="265" />
        <source>Controleer</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="266" />
        <source>Volgende vraag</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="267" />
        <source>Typ hier uw antwoord</source>
        <translation>اكتب إجابتك هنا</translation>
    </message>
</context>
<context>
    <name>SoundCheckScreen</name>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="251" />
        <source>Geluid testen</source>
        <translation>اختبار الصوت</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="254" />
        <source>Test eerst uw koptelefoon en uw microfoon. Dat doet u ook bij het echte examen.</source>
        <translation>اختبر سماعة الرأس والميكروفون أولًا. ستفعل ذلك أيضًا في الامتحان الحقيقي.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="259" />
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="260" />
        <source>Opnieuw kijken</source>
        <translation>البحث مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="263" />
        <source>Verder naar luisteren</source>
        <translation>المتابعة إلى الاستماع</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="264" />
        <source>Verder naar spreken</source>
        <translation>المتابعة إلى التحدث</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="265" />
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="270" />
        <source>1. Koptelefoon of luidspreker</source>
        <translation>1. سماعة الرأس أو مكبر الصوت</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="273" />
        <location filename="../gui/screens/soundcheck.py" line="309" />
        <source>Gevonden: {name}</source>
        <translation>تم العثور على: {name}</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="274" />
        <source>Klik op Luisteren. Hoort u het geluid goed?</source>
        <translation>انقر على «استماع». هل تسمع الصوت جيدًا؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="276" />
        <location filename="../gui/screens/soundcheck.py" line="311" />
        <source>Niet gevonden.</source>
        <translation>لم يتم العثور عليه.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="279" />
        <source>Ja, ik hoor het</source>
        <translation>نعم، أسمعه</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="280" />
        <location filename="../gui/screens/soundcheck.py" line="345" />
        <source>Nee</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="283" />
        <source>We vinden geen luidspreker of koptelefoon. Zonder geluid kunt u niet luisteren.
Sluit een koptelefoon of luidsprekers aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>لا نجد مكبر صوت أو سماعة رأس. بدون صوت لا يمكنك الاستماع.
وصّل سماعة رأس أو مكبرات صوت. ثم انقر على «البحث مرة أخرى».</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="289" />
        <source>Goed zo. Het geluid werkt.</source>
        <translation>أحسنت. الصوت يعمل.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="292" />
        <source>Zet het geluid van de computer harder. Kijk of de koptelefoon goed vastzit. Probeer het dan nog een keer.</source>
        <translation>ارفع صوت الكمبيوتر. تأكد أن سماعة الرأس موصولة جيدًا. ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="306" />
        <source>2. Microfoon</source>
        <translation>2. الميكروفون</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="316" />
        <source>Neem 3 seconden op</source>
        <translation>سجّل 3 ثوانٍ</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="318" />
        <source>Opnieuw opnemen</source>
        <translation>التسجيل مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="323" />
        <source>Spreek nu. Zeg bijvoorbeeld: 'Goedemorgen, ik heet …'.</source>
        <translation>تكلم الآن. قل مثلًا: «Goedemorgen, ik heet …» (صباح الخير، اسمي …).</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="326" />
        <source>Nog 1 seconde.</source>
        <translation>بقيت ثانية واحدة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="328" />
        <source>Nog {n} seconden.</source>
        <translation>الثواني المتبقية: {n}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="333" />
        <source>Dit is uw opname. Klik op Luisteren om hem nog eens te horen.</source>
        <translation>هذا تسجيلك. انقر على «استماع» لتسمعه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="336" />
        <source>Klik op de knop. Zeg dan iets. U heeft 3 seconden.</source>
        <translation>انقر على الزر. ثم قل شيئًا. لديك 3 ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="343" />
        <source>Hoort u uw eigen stem?</source>
        <translation>هل تسمع صوتك؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="344" />
        <source>Ja, ik hoor mijzelf</source>
        <translation>نعم، أسمع نفسي</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="348" />
        <source>We vinden geen microfoon. Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.
U kunt ook zonder microfoon spreken oefenen. U zegt dan uw antwoord hardop.</source>
        <translation>لا نجد ميكروفونًا. وصّل ميكروفونًا أو سماعة رأس فيها ميكروفون. ثم انقر على «البحث مرة أخرى».
يمكنك أيضًا التدريب على التحدث بدون ميكروفون. عندها تقول إجابتك بصوت عالٍ.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="355" />
        <source>Goed zo. De microfoon werkt.</source>
        <translation>أحسنت. الميكروفون يعمل.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="358" />
        <source>Spreek wat harder, of houd de microfoon dichter bij uw mond. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>تكلم بصوت أعلى قليلًا، أو قرّب الميكروفون من فمك. تأكد أن الميكروفون مشغّل. ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SpeakingScreen</name>
    <message>
        <location filename="../gui/screens/speaking.py" line="374" />
        <source>Opdracht {n} van {total}</source>
        <translation>المهمة {n} من {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="507" />
        <source>Geeft u antwoord op de vraag?</source>
        <translation>هل تجيب عن السؤال؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="508" />
        <source>Spreekt u in hele zinnen?</source>
        <translation>هل تتكلم بجمل كاملة؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="509" />
        <source>Spreekt u duidelijk?</source>
        <translation>هل تتكلم بوضوح؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="563" />
        <source>Kies eerst een antwoord.</source>
        <translation>اختر إجابة أولًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="571" />
        <source>Goed zo! Dat zegt u in deze situatie.</source>
        <translation>أحسنت! هذا ما تقوله في هذا الموقف.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="574" />
        <source>Bijna. Beter is: {answer}</source>
        <translation>اقتربت. الأفضل أن تقول: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="644" />
        <source>Luister naar de opdracht.</source>
        <translation>استمع إلى المهمة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="645" />
        <source>Daarna krijgt u even tijd om na te denken.</source>
        <translation>بعد ذلك يكون لديك وقت قصير للتفكير.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="647" />
        <source>Denk na over uw antwoord.</source>
        <translation>فكّر في إجابتك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="649" />
        <source>Zeg uw antwoord hardop als de tijd om is. Er wordt niets opgenomen.</source>
        <translation>قل إجابتك بصوت عالٍ عندما ينتهي الوقت. لن يتم تسجيل أي شيء.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="651" />
        <source>Als de tijd om is, begint de opname. Dan spreekt u.</source>
        <translation>عندما ينتهي الوقت يبدأ التسجيل. عندها تتكلم.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="654" />
        <source>Spreek nu.</source>
        <translation>تكلم الآن.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="656" />
        <source>Zeg uw antwoord hardop. Klaar? Klik dan op 'Klaar'.</source>
        <translation>قل إجابتك بصوت عالٍ. هل انتهيت؟ انقر على «تم».</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="658" />
        <source>De opname stopt vanzelf als de tijd om is. Klaar? Klik op 'Stop'.</source>
        <translation>يتوقف التسجيل وحده عندما ينتهي الوقت. هل انتهيت؟ انقر على «إيقاف».</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="661" />
        <source>Ik ben klaar. Begin nu.</source>
        <translation>أنا جاهز. ابدأ الآن.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="661" />
        <source>Begin nu</source>
        <translation>ابدأ الآن</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="663" />
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="663" />
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="666" />
        <source>Spreken oefenen</source>
        <translation>التدريب على التحدث</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="669" />
        <source>U oefent zonder microfoon. Zeg uw antwoord hardop. Vergelijk het daarna.</source>
        <translation>أنت تتدرب بدون ميكروفون. قل إجابتك بصوت عالٍ. ثم قارنها.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="673" />
        <source>Luister naar de opdracht. Denk even na. Spreek dan uw antwoord in.</source>
        <translation>استمع إلى المهمة. فكّر قليلًا. ثم سجّل إجابتك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="675" />
        <source>Stoppen</source>
        <translation>إنهاء التدريب</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="676" />
        <source>● Opname loopt</source>
        <translation>● التسجيل جارٍ</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="677" />
        <source>Zo hard hoort de microfoon u:</source>
        <translation>قوة صوتك في الميكروفون:</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="679" />
        <source>De opdracht:</source>
        <translation>المهمة:</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="680" />
        <source>Luister naar de situatie. Kies dan de goede reactie.</source>
        <translation>استمع إلى الموقف. ثم اختر الرد الصحيح.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="681" />
        <source>Luister naar uw antwoord</source>
        <translation>استمع إلى إجابتك</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="682" />
        <source>Een goed antwoord</source>
        <translation>إجابة جيدة</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="683" />
        <source>Kijk zelf</source>
        <translation>تحقق بنفسك</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="685" />
        <source>Vergelijk uw antwoord met het goede antwoord. Zet een vinkje als het klopt.</source>
        <translation>قارن إجابتك بالإجابة الجيدة. ضع علامة في المربع إذا كانت صحيحة.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="687" />
        <location filename="../gui/screens/speaking.py" line="689" />
        <source>Volgende opdracht</source>
        <translation>المهمة التالية</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="688" />
        <source>Controleer</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="695" />
        <source>Even geduld. We luisteren naar uw opname…</source>
        <translation>لحظة من فضلك. نحن نستمع إلى تسجيلك…</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="697" />
        <source>De microfoon doet het niet meer</source>
        <translation>توقف الميكروفون عن العمل</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="699" />
        <source>Er is geen microfoon</source>
        <translation>لا يوجد ميكروفون</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="702" />
        <source>We vinden geen microfoon. Daarom kunnen we uw antwoord niet opnemen.</source>
        <translation>لا نجد ميكروفونًا. لذلك لا يمكننا تسجيل إجابتك.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="704" />
        <source>U kunt toch oefenen. U zegt uw antwoord hardop. Daarna hoort en leest u een goed antwoord. U kijkt zelf of uw antwoord goed was.</source>
        <translation>يمكنك التدريب رغم ذلك. تقول إجابتك بصوت عالٍ. بعد ذلك تسمع وتقرأ إجابة جيدة. ثم تتحقق بنفسك: هل كانت إجابتك جيدة؟</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="708" />
        <source>Wilt u wel opnemen? Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>هل تريد التسجيل؟ وصّل ميكروفونًا أو سماعة رأس فيها ميكروفون. ثم انقر على «البحث مرة أخرى».</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="713" />
        <source>We vinden ook geen luidspreker. U kunt de opdrachten wel lezen.</source>
        <translation>لا نجد أيضًا مكبر صوت. لكن يمكنك قراءة المهام.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="715" />
        <source>Oefenen zonder opname</source>
        <translation>التدريب بدون تسجيل</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="716" />
        <source>Opnieuw kijken</source>
        <translation>البحث مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="717" />
        <source>Terug naar het begin</source>
        <translation>العودة إلى البداية</translation>
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
    <message>
        <location filename="../gui/screens/results.py" line="77" />
        <source>Naar het begin</source>
        <translation>إلى البداية</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="78" />
        <source>Nog een keer oefenen</source>
        <translation>تدرّب مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="84" />
        <source>De test is klaar. Dank u wel!</source>
        <translation>انتهى الاختبار. شكرًا لك!</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="86" />
        <source>Klaar! Goed gedaan.</source>
        <translation>انتهيت! أحسنت.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="93" />
        <source>U heeft {n} opdrachten ingesproken. U oefende {minutes} minuten.</source>
        <translation>المهام التي سجلت إجاباتها: {n}. مدة التدريب بالدقائق: {minutes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="98" />
        <source>Bij {good} van de {total} keuzevragen koos u de goede reactie.</source>
        <translation>أسئلة الاختيار: اخترت الرد الصحيح في {good} من {total}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="104" />
        <source>U heeft {good} van de {total} vragen goed. U oefende {minutes} minuten.</source>
        <translation>الإجابات الصحيحة: {good} من {total}. مدة التدريب بالدقائق: {minutes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="109" />
        <source>Uw opnames zijn bewaard. Uw docent kan ze later beluisteren.</source>
        <translation>تسجيلاتك محفوظة. يمكن لمعلمك الاستماع إليها لاحقًا.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="113" />
        <source>Uw niveau is nu {level}. Eerst was het {before}.</source>
        <translation>مستواك الآن {level}. قبل ذلك كان {before}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="118" />
        <source>Uw niveau is nu {level}.</source>
        <translation>مستواك الآن {level}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="122" />
        <source>Oefen nog wat meer met teksten over: {themes}.</source>
        <translation>تدرّب أكثر قليلًا على نصوص عن: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="126" />
        <source>Alles ging goed. Probeer de volgende keer iets moeilijkers.</source>
        <translation>كل شيء كان جيدًا. في المرة القادمة جرّب شيئًا أصعب.</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <location filename="../gui/widgets/audio.py" line="35" />
        <source>We vinden geen luidspreker of koptelefoon. Sluit een koptelefoon of luidsprekers aan en probeer het opnieuw.</source>
        <translation>لا نجد مكبر صوت أو سماعة رأس. وصّل سماعة رأس أو مكبرات صوت وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="40" />
        <source>We vinden geen microfoon. Sluit een microfoon aan en probeer het opnieuw.</source>
        <translation>لا نجد ميكروفونًا. وصّل ميكروفونًا وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="43" />
        <source>De computer is vol. Uw opname is niet bewaard. Vraag hulp aan uw docent.</source>
        <translation>ذاكرة الكمبيوتر ممتلئة. لم يتم حفظ تسجيلك. اطلب المساعدة من معلمك.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="46" />
        <source>Dit geluid kan niet worden afgespeeld. Het bestand is kapot of er nog niet.</source>
        <translation>لا يمكن تشغيل هذا الصوت. الملف تالف أو غير موجود بعد.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="51" />
        <source>Er ging iets mis met het geluid. Probeer het opnieuw.</source>
        <translation>حدث خطأ في الصوت. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="60" />
        <source>U sprak 1 seconde.</source>
        <translation>تكلمت ثانية واحدة.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="62" />
        <source>U sprak {seconds} seconden.</source>
        <translation>مدة كلامك بالثواني: {seconds}.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="64" />
        <source>Een goed antwoord duurt {low} tot {high} seconden.</source>
        <translation>مدة الإجابة الجيدة بالثواني: من {low} إلى {high}.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="68" />
        <source>We hoorden geen stem. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>لم نسمع صوتًا. تأكد أن الميكروفون مشغّل. ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="72" />
        <source>Uw stem was zacht. Spreek wat harder, of houd de microfoon dichter bij uw mond.</source>
        <translation>كان صوتك منخفضًا. تكلم بصوت أعلى قليلًا، أو قرّب الميكروفون من فمك.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="76" />
        <source>Het geluid was te hard. Spreek wat zachter, of houd de microfoon verder weg.</source>
        <translation>كان الصوت عاليًا جدًا. تكلم بصوت أخفض قليلًا، أو أبعد الميكروفون عن فمك.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="79" />
        <source>Vertel wat meer.</source>
        <translation>قل أكثر قليلًا.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="80" />
        <source>Probeer het korter te zeggen.</source>
        <translation>حاول أن تقولها بشكل أقصر.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="81" />
        <source>Dat is een goede lengte. Goed gedaan!</source>
        <translation>هذا طول جيد. أحسنت!</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="82" />
        <source>U begon na {seconds} seconden met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>بدأت الكلام متأخرًا. عدد الثواني: {seconds}. لا بأس. لكن حاول أن تبدأ أبكر قليلًا.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="85" />
        <source>U was een keer {seconds} seconden stil. Even nadenken mag. Praat daarna door.</source>
        <translation>سكتّ مرة لفترة. عدد الثواني: {seconds}. لا بأس بالتفكير قليلًا. ثم تابع الكلام.</translation>
    </message>
</context>
</TS>