<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name />
    <message>
        <location filename="../gui/reports.py" line="101" />
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="101" />
        <source>Luisteren</source>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="101" />
        <source>Spreken</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="108" />
        <source>afgerond</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="109" />
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="110" />
        <source>niet afgemaakt</source>
        <translation>not finished</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="204" />
        <source>Nog geen niveau gemeten.</source>
        <translation>No level measured yet.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="266" />
        <location filename="../gui/reports.py" line="281" />
        <source>Voortgangsverslag</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="285" />
        <source>Examen op niveau {level}</source>
        <translation>Exam at level {level}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="287" />
        <source>Groep: {name}</source>
        <translation>Group: {name}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="288" />
        <source>Gemaakt op {date}</source>
        <translation>Made on {date}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="292" />
        <source>Niveau per onderdeel</source>
        <translation>Level per part</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="296" />
        <location filename="../gui/reports.py" line="358" />
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="297" />
        <source>Niveau nu</source>
        <translation>Level now</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="298" />
        <source>Kans A2</source>
        <translation>Chance of A2</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="299" />
        <source>Kans B1</source>
        <translation>Chance of B1</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="300" />
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="301" />
        <location filename="../gui/reports.py" line="358" />
        <source>Goed</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="302" />
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="323" />
        <source>Niveau in de tijd</source>
        <translation>Level over time</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="328" />
        <source>Oefenen</source>
        <translation>Practice</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reports.py" line="333" />
        <source>In totaal %n minuten geoefend</source>
        <translation><numerusform>Practised for %n minute in total</numerusform>
            <numerusform>Practised for %n minutes in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reports.py" line="335" />
        <source>%n vragen gemaakt.</source>
        <translation><numerusform>%n question answered.</numerusform>
            <numerusform>%n questions answered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="338" />
        <source>Laatst geoefend op {date}.</source>
        <translation>Last practised on {date}.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="348" />
        <source>Spreken: {rated} opnames beoordeeld door de docent, {passed} voldoende; {waiting} wachten nog op beoordeling.</source>
        <translation>Speaking: {rated} recordings assessed by the teacher, {passed} pass; {waiting} still waiting for assessment.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="355" />
        <source>Proefexamens</source>
        <translation>Practice exams</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="358" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="358" />
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="358" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="366" />
        <source>{good} van {n}</source>
        <translation>{good} of {n}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="371" />
        <source>Nog geen proefexamen gemaakt.</source>
        <translation>No practice exam taken yet.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="381" />
        <source>examtrainer is een oefenprogramma. De niveaus en kansen zijn schattingen uit de oefeningen, geen uitslag van DUO.</source>
        <translation>examtrainer is a practice program. The levels and chances are estimates from the exercises, not a result from DUO (the official exam office).</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../gui/widgets/audio.py" line="207" />
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="212" />
        <source>Verder luisteren</source>
        <translation>Continue listening</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="214" />
        <source>Luisteren</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="216" />
        <source>Nog een keer luisteren</source>
        <translation>Listen again</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="218" />
        <source>Geluisterd</source>
        <translation>Done listening</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="228" />
        <source>U heeft het fragment al %n keer gehoord.</source>
        <translation><numerusform>You have already heard the audio %n time.</numerusform>
            <numerusform>You have already heard the audio %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="232" />
        <source>U mag het fragment %n keer horen.</source>
        <translation><numerusform>You may listen to the audio %n time.</numerusform>
            <numerusform>You may listen to the audio %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="236" />
        <source>U mag het nog %n keer horen.</source>
        <translation><numerusform>You may listen %n more time.</numerusform>
            <numerusform>You may listen %n more times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BanksTab</name>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="97" />
        <source>meegeleverd</source>
        <translation>included</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="97" />
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="124" />
        <source>Bestand met vragen kiezen</source>
        <translation>Choose a file with questions</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="126" />
        <location filename="../gui/teacher/banks_tab.py" line="331" />
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="135" />
        <source>Het bestand wordt gecontroleerd…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="171" />
        <source>Bezig met installeren…</source>
        <translation>Installing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/banks_tab.py" line="175" />
        <source>Geïnstalleerd: {title} (%n vragen).</source>
        <translation><numerusform>Installed: {title} (%n question).</numerusform>
            <numerusform>Installed: {title} (%n questions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/banks_tab.py" line="199" />
        <source>Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. Ze gaven al %n antwoorden op deze vragen. Die antwoorden blijven bewaard in hun resultaten.</source>
        <translation><numerusform>Remove item bank '{title}'? Learners will no longer get its questions. They have already given %n answer to these questions. That answer stays in their results.</numerusform>
            <numerusform>Remove item bank '{title}'? Learners will no longer get its questions. They have already given %n answers to these questions. Those answers stay in their results.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="206" />
        <source>Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. Er zijn nog geen antwoorden op gegeven.</source>
        <translation>Remove item bank '{title}'? Learners will no longer get its questions. No answers have been given to them yet.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="214" />
        <source>Itembank verwijderen</source>
        <translation>Remove item bank</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="216" />
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="217" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="234" />
        <source>Verwijderd: {id}</source>
        <translation>Removed: {id}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="268" />
        <source>Itembank opslaan als zip</source>
        <translation>Save item bank as zip</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="274" />
        <source>Kies een lege map voor de itembank</source>
        <translation>Choose an empty folder for the item bank</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="296" />
        <source>Itembank opslaan voor Moodle</source>
        <translation>Save item bank for Moodle</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="298" />
        <source>Itembank opslaan als QTI-pakket</source>
        <translation>Save item bank as a QTI package</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="311" />
        <location filename="../gui/teacher/banks_tab.py" line="321" />
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="328" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="329" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="330" />
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="332" />
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="333" />
        <source>Luisteren</source>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="334" />
        <source>Spreken</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="335" />
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="338" />
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="339" />
        <source>Exporteren naar map…</source>
        <translation>Export to folder…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="340" />
        <source>Exporteren als zip…</source>
        <translation>Export as zip…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="341" />
        <source>Voor Moodle (XML)…</source>
        <translation>For Moodle (XML)…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="342" />
        <source>Als QTI 3.0…</source>
        <translation>As QTI 3.0…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="343" />
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="344" />
        <source>Eigen stem…</source>
        <translation>Own voice…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="347" />
        <source>Neem uw eigen stem op voor luisterfragmenten en voorbeeldantwoorden. Dat kan in uw eigen itembanken. Een meegeleverde bank: exporteer haar en importeer haar als uw eigen bank.</source>
        <translation>Record your own voice for listening fragments and model answers. This works in your own item banks. For a bundled bank: export it and import it as your own bank.</translation>
    </message>
</context>
<context>
    <name>CheckAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="62" />
        <source>Er zijn meer goede antwoorden. Kies ze allemaal.</source>
        <translation>There is more than one right answer. Choose all of them.</translation>
    </message>
</context>
<context>
    <name>ExamLadder</name>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="127" />
        <source>Op weg naar het examen</source>
        <translation>On the way to the exam</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="128" />
        <source>Examen oefenen</source>
        <translation>Practise the exam</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="129" />
        <source>Verder met uw examen</source>
        <translation>Continue your exam</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="139" />
        <source>Begin met de korte test.</source>
        <translation>Start with the short test.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="139" />
        <source>Korte test</source>
        <translation>Short test</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="140" />
        <source>Oefen eerst zonder tijd.</source>
        <translation>First practise without a time limit.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="140" />
        <source>Oefenen</source>
        <translation>Practise</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="142" />
        <source>Probeer een korte oefenset met tijd.</source>
        <translation>Try a short timed practice set.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="143" />
        <source>Oefenset met tijd</source>
        <translation>Timed practice set</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="146" />
        <source>U bent klaar voor een heel proefexamen.</source>
        <translation>You are ready for a full practice exam.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="147" />
        <source>Proefexamen</source>
        <translation>Practice exam</translation>
    </message>
</context>
<context>
    <name>ExamResultScreen</name>
    <message>
        <location filename="../gui/screens/exam_result.py" line="169" />
        <source>(geen antwoord)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="171" />
        <source>uw opname</source>
        <translation>your recording</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="171" />
        <source>(geen opname)</source>
        <translation>(no recording)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="178" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>You are probably ready for this part of the exam.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="180" />
        <source>U bent goed op weg. Met wat meer oefening lukt het.</source>
        <translation>You are doing well. With a bit more practice, you will make it.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="181" />
        <source>U heeft nog oefening nodig. Oefen elke dag een beetje.</source>
        <translation>You still need practice. Practise a little every day.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="188" />
        <source>Heel goed gedaan! Blijf zo oefenen, dan houdt u dit niveau vast.</source>
        <translation>Very well done! Keep practising like this, then you will keep this level.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="208" />
        <source>Oefen elke dag een beetje. Korte stukjes helpen al.</source>
        <translation>Practise a little every day. Short sessions already help.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="219" />
        <source>Uw uitslag: {title}</source>
        <translation>Your result: {title}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="221" />
        <source>Terug naar het begin</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="223" />
        <source>De tijd was om. Wat u had ingevuld, telt mee.</source>
        <translation>The time was up. What you filled in counts.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="225" />
        <source>U heeft het examen ingeleverd.</source>
        <translation>You have handed in the exam.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="230" />
        <source>Deel 1 (inspreken)</source>
        <translation>Part 1 (recording answers)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="231" />
        <source>Deel 2 (reactie kiezen)</source>
        <translation>Part 2 (choosing a response)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="232" />
        <source>Korte opdrachten</source>
        <translation>Short tasks</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="233" />
        <source>Middellange opdrachten</source>
        <translation>Medium-length tasks</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="235" />
        <source>{raw} van de {total} goed</source>
        <translation>{raw} of the {total} correct</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="242" />
        <source>Geschat niveau: {level}</source>
        <translation>Estimated level: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="245" />
        <source>Geschatte score: {score} (voldoende is {cut})</source>
        <translation>Estimated score: {score} (a pass is {cut})</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="254" />
        <source>Kans om te slagen: {chance}.</source>
        <translation>Chance of passing: {chance}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="259" />
        <source>Beoordeel eerst uw opnames. Dan kunnen we iets schatten.</source>
        <translation>First check your recordings. Then we can make an estimate.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="262" />
        <source>Dit is een schatting van dit programma. Het is geen officiële uitslag. Bij het echte examen kan het anders gaan.</source>
        <translation>This is an estimate by this program. It is not an official result. At the real exam, it can go differently.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="191" />
        <source>Oefen nog wat meer met het onderwerp {theme}. Daar had u %n fouten.</source>
        <translation><numerusform>Practise a bit more with the topic {theme}. You made %n mistake there.</numerusform>
            <numerusform>Practise a bit more with the topic {theme}. You made %n mistakes there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="194" />
        <source>Oefen nog wat meer met {kind}. Daar had u %n fouten.</source>
        <translation><numerusform>Practise a bit more with {kind}. You made %n mistake there.</numerusform>
            <numerusform>Practise a bit more with {kind}. You made %n mistakes there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="197" />
        <source>U heeft %n vragen niet beantwoord. Geef altijd een antwoord. Een gok kan ook goed zijn.</source>
        <translation><numerusform>You did not answer %n question. Always give an answer. A guess can also be right.</numerusform>
            <numerusform>You did not answer %n questions. Always give an answer. A guess can also be right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="203" />
        <source>Luister naar uw %n opnames en zeg of ze goed waren. Of vraag uw docent om te luisteren.</source>
        <translation><numerusform>Listen to your %n recording and say if it was good. Or ask your teacher to listen.</numerusform>
            <numerusform>Listen to your %n recordings and say if they were good. Or ask your teacher to listen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="237" />
        <source>(%n opnames nog niet beoordeeld)</source>
        <translation><numerusform>(%n recording not checked yet)</numerusform>
            <numerusform>(%n recordings not checked yet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="267" />
        <source>Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed is genoeg. Dat is geen officiële grens.</source>
        <translation><numerusform>Websites for exam preparation say: about {n} of the %n correct is enough. That is not an official pass mark.</numerusform>
            <numerusform>Websites for exam preparation say: about {n} of the %n correct is enough. That is not an official pass mark.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="273" />
        <source>Ons advies</source>
        <translation>Our advice</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="275" />
        <source>Alle vragen nog eens bekijken</source>
        <translation>Look at all questions again</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="278" />
        <source>nog niet beoordeeld</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="280" />
        <source>niet beantwoord</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="282" />
        <source>goed</source>
        <translation>correct</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="284" />
        <source>fout</source>
        <translation>wrong</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="289" />
        <source>{mark} Vraag {n}: {verdict}</source>
        <translation>{mark} Question {n}: {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="295" />
        <source>Uw antwoord: {answer}</source>
        <translation>Your answer: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="300" />
        <source>Een goed antwoord: {answer}</source>
        <translation>A good answer: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="302" />
        <source>Het goede antwoord: {answer}</source>
        <translation>The right answer: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="308" />
        <source>Mijn antwoord was goed</source>
        <translation>My answer was good</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="309" />
        <source>Mijn antwoord was niet goed</source>
        <translation>My answer was not good</translation>
    </message>
</context>
<context>
    <name>ExamSoundCheck</name>
    <message>
        <location filename="../gui/screens/exam_window.py" line="66" />
        <source>Test eerst uw koptelefoon en uw microfoon, net als bij het echte examen. Het examen is nog niet begonnen.</source>
        <translation>First test your headphones and your microphone, just like at the real exam. The exam has not started yet.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="71" />
        <source>Verder</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ExamStartScreen</name>
    <message>
        <location filename="../gui/screens/exam_start.py" line="293" />
        <source>Adem in…</source>
        <translation>Breathe in…</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="293" />
        <source>Adem uit…</source>
        <translation>Breathe out…</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="295" />
        <location filename="../gui/screens/exam_start.py" line="380" />
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="356" />
        <source>Dit is een oefening. Er gaat niets mis als het niet goed gaat. Een beetje zenuwen is normaal: ze helpen u om scherp te zijn.</source>
        <translation>This is practice. Nothing bad happens if it does not go well. Being a bit nervous is normal: it helps you to stay sharp.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="360" />
        <source>Examen:</source>
        <translation>Exam:</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="361" />
        <source>A2 (inburgeringsexamen)</source>
        <translation>A2 (inburgeringsexamen, civic integration exam)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="362" />
        <source>B1 (Staatsexamen NT2 I)</source>
        <translation>B1 (Staatsexamen NT2 I, state exam Dutch as a second language)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="363" />
        <source>Onderdeel:</source>
        <translation>Part:</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="364" />
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="365" />
        <source>Luisteren</source>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="366" />
        <source>Spreken</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="367" />
        <source>Wat gaat er gebeuren?</source>
        <translation>What is going to happen?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="372" />
        <source>Dit is een korte oefenset met tijd. Het is geen heel examen.</source>
        <translation>This is a short timed practice set. It is not a full exam.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="375" />
        <source>Eerst rustig ademhalen?</source>
        <translation>Breathe calmly first?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="377" />
        <source>Adem een minuut rustig mee met de cirkel. Dat helpt tegen zenuwen.</source>
        <translation>Breathe calmly with the circle for one minute. That helps against nerves.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="382" />
        <source>Goed gedaan. U bent klaar om te beginnen.</source>
        <translation>Well done. You are ready to start.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="383" />
        <source>Nog een keer ademhalen</source>
        <translation>Breathe again</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="385" />
        <source>Adem een minuut mee</source>
        <translation>Breathe along for a minute</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="386" />
        <source>Wat wilt u?</source>
        <translation>What would you like?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="387" />
        <source>Laat de klok zien</source>
        <translation>Show the clock</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="388" />
        <source>Geluid van een examenzaal</source>
        <translation>Sound of an exam room</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="390" />
        <source>In de examenzaal praten andere mensen soms. Zo went u daaraan.</source>
        <translation>In the exam room, other people sometimes talk. This way, you get used to it.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="392" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="394" />
        <source>Begin de oefenset</source>
        <translation>Start the practice set</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="394" />
        <source>Begin het examen</source>
        <translation>Start the exam</translation>
    </message>
</context>
<context>
    <name>ExamWindow</name>
    <message>
        <location filename="../gui/screens/exam_window.py" line="314" />
        <source>Dit is een oefenvraag. Hij telt niet mee. De tijd loopt nog niet.</source>
        <translation>This is a practice question. It does not count. The time has not started yet.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="319" />
        <source>Oefenvraag {n} van {total}</source>
        <translation>Practice question {n} of {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="341" />
        <source>Vraag {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="385" />
        <location filename="../gui/screens/exam_window.py" line="395" />
        <location filename="../gui/screens/exam_window.py" line="744" />
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="391" />
        <source>Vraag {n} van {total}</source>
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="449" />
        <source>Let op</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="557" />
        <source>Kijk of u alle vragen heeft beantwoord.</source>
        <translation>Check if you have answered all questions.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="567" />
        <source>Tijd: {time}</source>
        <translation>Time: {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="554" />
        <source>Nog %n minuten.</source>
        <translation><numerusform>%n minute left.</numerusform>
            <numerusform>%n minutes left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="433" />
        <source>Uw opname is niet bewaard. Het opslaan ging mis.</source>
        <translation>Your recording was not saved. Saving went wrong.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="435" />
        <source>Uw antwoord is niet bewaard. Het opslaan ging mis.</source>
        <translation>Your answer was not saved. Saving went wrong.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="438" />
        <source>De schijf is vol.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="440" />
        <source>De opdracht begint opnieuw. Lukt het niet? Vraag dan hulp.</source>
        <translation>The task starts again. Does it not work? Then ask for help.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="442" />
        <source>Kies uw antwoord nog een keer. Lukt het niet? Vraag dan hulp.</source>
        <translation>Choose your answer again. Does it not work? Then ask for help.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="480" />
        <source>Dit examen is nu open in een ander venster.</source>
        <translation>This exam is now open in another window.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="482" />
        <source>U kunt daar verder gaan. Dit venster stopt.</source>
        <translation>You can continue there. This window stops.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="602" />
        <source>U heeft %n vragen nog niet beantwoord.</source>
        <translation><numerusform>You have not answered %n question yet.</numerusform>
            <numerusform>You have not answered %n questions yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="604" />
        <source>Die tellen als fout.</source>
        <translation>They count as wrong.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="607" />
        <source>U heeft alle vragen beantwoord.</source>
        <translation>You have answered all questions.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="608" />
        <source>Na het inleveren kunt u niets meer veranderen.</source>
        <translation>After handing in, you cannot change anything.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="611" />
        <source>Examen inleveren?</source>
        <translation>Hand in the exam?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="613" />
        <location filename="../gui/screens/exam_window.py" line="745" />
        <source>Inleveren</source>
        <translation>Hand in</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="614" />
        <source>Terug naar het examen</source>
        <translation>Back to the exam</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="625" />
        <source>Stoppen met het examen?</source>
        <translation>Stop the exam?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="626" />
        <source>Uw antwoorden zijn bewaard. U kunt later verder gaan.</source>
        <translation>Your answers have been saved. You can continue later.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="628" />
        <source>De tijd staat stil tot u verder gaat.</source>
        <translation>The time stops until you continue.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="629" />
        <location filename="../gui/screens/exam_window.py" line="726" />
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="630" />
        <source>Verder met het examen</source>
        <translation>Continue the exam</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="451" />
        <location filename="../gui/screens/exam_window.py" line="727" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="728" />
        <source>Zo gaat het examen</source>
        <translation>How the exam works</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="730" />
        <source>Lees alles rustig. Klik op 'Beginnen' als u klaar bent.</source>
        <translation>Read everything calmly. Click 'Start' when you are ready.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="731" />
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="732" />
        <source>De oefenvragen zijn klaar</source>
        <translation>The practice questions are finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="735" />
        <source>Nu begint het echte examen. De tijd loopt vanaf nu. U heeft %n minuten.</source>
        <translation><numerusform>Now the real exam starts. The time runs from now on. You have %n minute.</numerusform>
            <numerusform>Now the real exam starts. The time runs from now on. You have %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="740" />
        <source>Doe rustig uw best. Succes!</source>
        <translation>Take your time and do your best. Good luck!</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="742" />
        <source>Start het examen</source>
        <translation>Start the exam</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="743" />
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="86" />
        <source>Alle leerlingen</source>
        <translation>All learners</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="88" />
        <source>Groep: {name}</source>
        <translation>Group: {name}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="90" />
        <source>Leerling: {name}</source>
        <translation>Learner: {name}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="111" />
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="130" />
        <location filename="../gui/teacher/export_tab.py" line="145" />
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="153" />
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="156" />
        <source>Resultaten van:</source>
        <translation>Results of:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="157" />
        <source>Opslaan als CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="158" />
        <source>Opslaan als Excel (XLSX)…</source>
        <translation>Save as Excel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="159" />
        <source>Voortgangsverslag (PDF)…</source>
        <translation>Progress report (PDF)…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="161" />
        <source>Eén regel per leerling en onderdeel. Opent direct in Excel.</source>
        <translation>One row per learner and part. Opens directly in Excel.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="163" />
        <source>Een overzicht en een blad met alle antwoorden.</source>
        <translation>An overview and a sheet with all answers.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="165" />
        <source>Voor één leerling: niveau, grafiek, oefentijd en proefexamens.</source>
        <translation>For one learner: level, chart, practice time and practice exams.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../gui/screens/home.py" line="167" />
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="168" />
        <source>Luisteren</source>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="169" />
        <source>Spreken</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="175" />
        <source>Hallo {name}!</source>
        <translation>Hello {name}!</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="176" />
        <source>Geluid testen</source>
        <translation>Test sound</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="177" />
        <source>Ander profiel</source>
        <translation>Other profile</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="181" />
        <source>Uw doel: {goal}.</source>
        <translation>Your goal: {goal}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="183" />
        <source>U oefent voor het examen op niveau {level}.</source>
        <translation>You are practising for the exam at level {level}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="187" />
        <source>Nog %n dagen tot uw examen.</source>
        <translation><numerusform>%n day until your exam.</numerusform>
            <numerusform>%n days until your exam.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="201" />
        <source>Kans: {chance}</source>
        <translation>Chance: {chance}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="205" />
        <source>%n vragen gemaakt, {good} goed.</source>
        <translation><numerusform>%n question answered, {good} correct.</numerusform>
            <numerusform>%n questions answered, {good} correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="233" />
        <source>U heeft in totaal %n minuten geoefend. Goed bezig!</source>
        <translation><numerusform>You have practised for %n minute in total. Good work!</numerusform>
            <numerusform>You have practised for %n minutes in total. Good work!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="195" />
        <source>Uw niveau nu: {level}</source>
        <translation>Your level now: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="209" />
        <location filename="../gui/screens/home.py" line="221" />
        <source>Oefenen</source>
        <translation>Practise</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="212" />
        <source>Nog geen niveau</source>
        <translation>No level yet</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="219" />
        <source>Spreek korte antwoorden in. Daarna luistert u naar uzelf.</source>
        <translation>Record short answers. Then you listen to yourself.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="224" />
        <source>Begin met een korte test. Dan weten we waar u kunt beginnen.</source>
        <translation>Start with a short test. Then we know where you can begin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="226" />
        <source>Korte test (5 minuten)</source>
        <translation>Short test (5 minutes)</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="229" />
        <source>Nog geen oefeningen</source>
        <translation>No exercises yet</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="235" />
        <source>Kies een onderdeel. Een keer oefenen duurt ongeveer 10 minuten.</source>
        <translation>Choose a part. One practice session takes about 10 minutes.</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../bank/importers/messages.py" line="46" />
        <source>{msg}; niet in de itembank gezet</source>
        <translation>{msg}; not put in the item bank</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="50" />
        <source>{msg}; de vraag gaat daarover, dus de vraag is weggelaten</source>
        <translation>{msg}; the question is about it; item left out</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="56" />
        <source>{msg} ({detail})</source>
        <translation>{msg} ({detail})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="61" />
        <source>'{ref}' staat op internet; examtrainer werkt zonder internet en downloadt niets</source>
        <translation>'{ref}' is on the internet; examtrainer works offline, never downloads</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="68" />
        <source>'{ref}' is geen plaatje of geluid dat examtrainer kan gebruiken</source>
        <translation>'{ref}' is not a picture or sound file examtrainer can use</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="74" />
        <source>'{ref}' is een volledig pad; alleen bestanden naast de itembank worden gebruikt</source>
        <translation>'{ref}' is an absolute path; only files beside the bank are used</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="81" />
        <source>'{ref}' wijst naar een plek buiten de map van de itembank</source>
        <translation>'{ref}' points outside the folder of the bank</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="87" />
        <source>het bestand '{ref}' is er niet</source>
        <translation>file '{ref}' is not there</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="91" />
        <source>het bestand '{ref}' is er niet (gezocht naast het werkblad en in media/)</source>
        <translation>file '{ref}' is not there (looked beside the spreadsheet and in media/)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="98" />
        <source>ingesloten gegevens van de soort '{kind}' kan examtrainer niet gebruiken</source>
        <translation>embedded data of type '{kind}' is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="105" />
        <source>de ingesloten gegevens zijn beschadigd</source>
        <translation>embedded data is not valid base64</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="109" />
        <source>het bestand '{ref}' zit niet in de vraag</source>
        <translation>embedded file '{ref}' is not in the question</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="113" />
        <source>het ingesloten bestand '{ref}' is beschadigd</source>
        <translation>embedded file '{ref}' is not valid base64</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="117" />
        <source>'{ref}' is geen plaatje of geluid</source>
        <translation>'{ref}' is not a picture or sound file</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="121" />
        <source>'{ref}' is geen plaatje dat examtrainer kan tonen</source>
        <translation>'{ref}' is not a picture examtrainer can show</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="125" />
        <source>het plaatje in &lt;image_base64&gt; is beschadigd</source>
        <translation>the picture in &lt;image_base64&gt; is not valid base64</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="129" />
        <source>'{ref}' in een antwoord of uitleg is niet overgenomen</source>
        <translation>'{ref}' in an answer or feedback is not kept</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="135" />
        <source>per vraag één plaatje en één geluid; '{ref}' is niet overgenomen</source>
        <translation>only one picture and one sound per question; '{ref}' is not kept</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="141" />
        <source>per vraag één plaatje; '{ref}' is niet overgenomen</source>
        <translation>only one picture per item is kept; '{ref}' left out</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="145" />
        <source>per vraag één geluid; '{ref}' is niet overgenomen</source>
        <translation>only one sound file per item is kept; '{ref}' left out</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="152" />
        <source>de vraag gaat over een geluid of video; die kan GIFT niet meenemen; de vraag is weggelaten</source>
        <translation>the question is about a sound or video, which GIFT cannot bring along; question left out</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="160" />
        <source>plaatjes en geluid in GIFT-teksten worden niet meegenomen</source>
        <translation>pictures and sound in GIFT texts are not brought along</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="166" />
        <source>plaatjes in antwoorden kan examtrainer niet tonen; de tekst is overgenomen</source>
        <translation>pictures in options are not supported; text kept</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="176" />
        <source>de vraag gaat over een geluid dat niet meekomt (zie hierboven); de vraag is weggelaten</source>
        <translation>the question is about a sound that cannot be brought along (see above); question left out</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="184" />
        <source>de vraag gaat over een video; examtrainer speelt geen video; de vraag is weggelaten</source>
        <translation>the question is about a video; examtrainer plays no video; question left out</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="191" />
        <source>het gaat over een video ('{ref}'); examtrainer speelt geen video</source>
        <translation>it is about a video ('{ref}'); examtrainer plays no video</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="197" />
        <source>het gaat over een geluid ('{ref}') dat er niet is</source>
        <translation>it is about a sound ('{ref}') that is not there</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="201" />
        <source>het gaat over een geluid dat er niet is</source>
        <translation>it is about a sound that is not there</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="205" />
        <source>het gaat over een tekst ('{ref}') die er niet is</source>
        <translation>it is about a text ('{ref}') that is not there</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="209" />
        <source>de gedeelde tekst ('{ref}') zit niet in het pakket</source>
        <translation>its shared text ('{ref}') is not in the package</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="213" />
        <source>de gedeelde tekst ('{ref}') is niet te lezen: {msg}</source>
        <translation>its shared text ('{ref}') cannot be read: {msg}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="217" />
        <source>de gedeelde tekst ('{ref}') heeft geen inhoud (qti-stimulus-body)</source>
        <translation>its shared text ('{ref}') has no qti-stimulus-body</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="224" />
        <source>rekenvragen (een getal met marge) kent examtrainer niet</source>
        <translation>numerical questions (a number with a tolerance) have no examtrainer type</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="230" />
        <source>rekenvragen ({{#...}}) kent examtrainer niet</source>
        <translation>numerical questions ({{#...}}) have no examtrainer type</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="234" />
        <source>vragen met formules kent examtrainer niet</source>
        <translation>calculated questions (formulas) have no examtrainer type</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="238" />
        <source>slepen in een tekst kent examtrainer niet</source>
        <translation>drag-and-drop into text has no examtrainer type</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="242" />
        <source>slepen op een plaatje kent examtrainer niet</source>
        <translation>drag-and-drop onto an image has no examtrainer type</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="246" />
        <source>markeringen slepen kent examtrainer niet</source>
        <translation>drag-and-drop markers have no examtrainer type</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="250" />
        <source>ontbrekende woorden kiezen (gapselect) kent examtrainer niet</source>
        <translation>select-missing-words questions have no examtrainer type</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="256" />
        <source>deze soort volgordevraag (qtype_order) kent examtrainer niet; gebruik qtype_ordering</source>
        <translation>this ordering plugin (qtype_order) is not supported; use qtype_ordering</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="263" />
        <source>willekeurig koppelen haalt vragen uit andere vragen; dat kent examtrainer niet</source>
        <translation>random short-answer matching draws from other questions; not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="270" />
        <source>een willekeurige vraag wordt pas in de toets gekozen; dat kent examtrainer niet</source>
        <translation>a random question draws from a category at quiz time; not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="277" />
        <source>het vraagtype '{kind}' kent examtrainer niet</source>
        <translation>question type '{kind}' is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="281" />
        <source>de vraag heeft geen type</source>
        <translation>the question has no type attribute</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="285" />
        <source>de vraagtekst is leeg</source>
        <translation>the question text is empty</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="292" />
        <source>een vraag met één goed antwoord heeft precies één antwoord met 100% nodig (gevonden: {n})</source>
        <translation>a single-answer question needs exactly one answer with fraction 100 (found {n})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="300" />
        <source>een juist/onjuist-vraag heeft 'true' of 'false' met 100% nodig</source>
        <translation>a true/false question needs 'true' or 'false' with fraction 100</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="306" />
        <source>een antwoord met * ('{t}') kent examtrainer niet</source>
        <translation>wildcard answer '{t}' is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="310" />
        <source>geen antwoord met 100%</source>
        <translation>no answer with fraction 100</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="314" />
        <source>een volgordevraag heeft minstens twee delen nodig</source>
        <translation>an ordering question needs at least two parts</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="318" />
        <source>een invuloefening (cloze) zonder open plekken</source>
        <translation>a cloze question without gaps</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="322" />
        <source>een open plek voor een getal met marge kent examtrainer niet</source>
        <translation>a numerical gap (a number with a tolerance) has no examtrainer type</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="328" />
        <source>een open plek van de soort {kind} is onbekend</source>
        <translation>a gap of type {kind} is not known</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="332" />
        <source>een open plek met keuzes heeft precies één goed antwoord nodig (gevonden: {n})</source>
        <translation>a choice gap needs exactly one right answer (found {n})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="339" />
        <source>een open plek om te typen heeft een antwoord met 100% nodig (zonder *)</source>
        <translation>a typed gap needs an answer with full credit (no wildcard *)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="346" />
        <source>een meerkeuzevraag heeft één antwoord met '=' nodig (gevonden: {n})</source>
        <translation>a multiple-choice question needs one '=' answer (found {n})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="355" />
        <source>deze vraag is een sjabloon: de getallen en woorden worden pas gekozen als de vraag verschijnt (templateProcessing); dat kan examtrainer niet; de vraag is weggelaten</source>
        <translation>the item is a template: its numbers and words are chosen when it is shown (templateProcessing), which examtrainer cannot do; item left out</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="363" />
        <source>{name} kent examtrainer niet</source>
        <translation>{name} is not supported by examtrainer</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="367" />
        <source>klikken op een plek in een plaatje (hotspot) kent examtrainer niet</source>
        <translation>clicking a spot in a picture (hotspot) is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="373" />
        <source>woorden op een plaatje slepen kent examtrainer niet</source>
        <translation>dragging labels onto a picture is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="377" />
        <source>plekken in een plaatje ordenen kent examtrainer niet</source>
        <translation>ordering spots in a picture is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="381" />
        <source>plekken in een plaatje verbinden kent examtrainer niet</source>
        <translation>linking spots in a picture is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="387" />
        <source>een plek in een plaatje aanwijzen kent examtrainer niet</source>
        <translation>pointing at a place in a picture is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="393" />
        <source>dingen op een plaatje zetten kent examtrainer niet</source>
        <translation>placing objects on a picture is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="397" />
        <source>vrije paren (associate) kent examtrainer niet; gebruik koppelen (match)</source>
        <translation>free pairs (associate) are not supported; use a match interaction</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="404" />
        <source>woorden in de tekst aanklikken (hottext) kent examtrainer niet</source>
        <translation>choosing words in the text (hottext) is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="410" />
        <source>een antwoord met een schuifje kent examtrainer niet</source>
        <translation>a slider answer is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="414" />
        <source>tekenen kent examtrainer niet</source>
        <translation>drawing is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="418" />
        <source>deze eigen vraagvorm kan examtrainer niet tonen</source>
        <translation>a custom interaction cannot be shown by examtrainer</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="422" />
        <source>deze eigen vraagvorm (PCI) kan examtrainer niet tonen</source>
        <translation>a portable custom interaction (PCI) cannot be shown</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="428" />
        <source>een bestand van de soort '{kind}' is geen gesproken antwoord</source>
        <translation>an upload of type '{kind}' is not a spoken answer</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="434" />
        <source>koppelen heeft twee rijen met keuzes nodig</source>
        <translation>a match interaction needs two sets of choices</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="438" />
        <source>geen goed antwoord (correctResponse): geen paren</source>
        <translation>no correctResponse: no pairs</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="442" />
        <source>een deel links met meer partners kent examtrainer niet</source>
        <translation>a left-hand choice with several partners is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="448" />
        <source>'{t}' heeft geen partner; weggelaten</source>
        <translation>'{t}' has no partner; left out</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="452" />
        <source>een volgordevraag heeft de goede volgorde van alle delen nodig</source>
        <translation>an order interaction needs the right order of all its choices</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="458" />
        <source>een volgorde van maar een paar delen kent examtrainer niet</source>
        <translation>ordering only some of the choices is not supported</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="464" />
        <source>een keuze in de zin heeft één goed antwoord nodig</source>
        <translation>an inline choice needs one right choice</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="468" />
        <source>open plek '{gap}' heeft geen goed woord; weggelaten</source>
        <translation>gap '{gap}' has no right text; left out</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="472" />
        <source>geen goed antwoord (correctResponse of mapping)</source>
        <translation>no correctResponse and no positive mapping: no key</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="476" />
        <source>geen goede antwoorden (correctResponse of mapping)</source>
        <translation>no correctResponse or mapping: no accepted answers</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="480" />
        <source>één keuze, maar meer dan één goed antwoord</source>
        <translation>single choice with more than one key</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="484" />
        <source>de vraag heeft geen inhoud (itemBody)</source>
        <translation>the item has no itemBody</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="488" />
        <source>dit onderdeel stelt geen vraag (er is niets te beantwoorden)</source>
        <translation>the item asks no question (no answerable interaction)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="494" />
        <source>hulpkaarten (catalogInfo, zoals een woordenlijst) zijn niet overgenomen</source>
        <translation>support cards (catalogInfo, e.g. a glossary) are not kept</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="501" />
        <source>uitleg die van de verwerking van het antwoord afhangt is niet overgenomen</source>
        <translation>feedback that depends on response processing is not kept</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="508" />
        <source>'{key}' is niet de code van een antwoord (simpleChoice)</source>
        <translation>'{key}' is not the identifier of a simpleChoice</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="514" />
        <source>'{key}' noemt geen paar uit de keuzes</source>
        <translation>'{key}' names no pair of choices</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="518" />
        <source>&lt;{tag}&gt; bevat geen vraag (assessmentItem)</source>
        <translation>&lt;{tag}&gt; holds no assessmentItem</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="520" />
        <source>'{ref}' ontbreekt</source>
        <translation>'{ref}' is missing</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="524" />
        <source>er kon geen enkele vraag worden ingelezen; hieronder staat per vraag waarom</source>
        <translation>no question could be imported; the list below says why for each question</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="531" />
        <source>de map voor de itembank is niet leeg</source>
        <translation>the folder to write the bank to is not empty</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="535" />
        <source>'{id}' is geen geldige code voor een itembank</source>
        <translation>'{id}' is not a valid pack id</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="539" />
        <source>'{id}' is niet geldig</source>
        <translation>'{id}' is not valid</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="543" />
        <source>het bestand begint met &lt;{tag}&gt;, niet met &lt;quiz&gt;</source>
        <translation>the file starts with &lt;{tag}&gt;, not with &lt;quiz&gt;</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="550" />
        <source>geweigerd: het XML-bestand definieert entiteiten; die kunnen de computer laten vastlopen of andere bestanden lezen, dus examtrainer leest ze niet{rest}</source>
        <translation>refused: the XML declares entities; entity expansion (a 'billion laughs' bomb) and external entities (which can read other files) are not allowed{rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="558" />
        <source>geweigerd: onveilige XML {rest}</source>
        <translation>refused: unsafe XML {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="560" />
        <source>geweigerd: {rest}</source>
        <translation>refused: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="563" />
        <source>het XML-bestand is kapot: {rest}</source>
        <translation>not well-formed XML: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="567" />
        <source>de antwoorden hebben geen sluitende '}}'</source>
        <translation>the answers have no closing '}}'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="571" />
        <source>'{name}' is verdacht sterk ingepakt (een zip-bom?); examtrainer pakt het niet uit</source>
        <translation>'{name}' is packed suspiciously tightly (a zip bomb?); examtrainer does not unpack it</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="578" />
        <source>'{name}' wordt uitgepakt {n} bytes groot; dat is te groot</source>
        <translation>'{name}' would unpack to {n} bytes; that is too large</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="584" />
        <source>'{name}' bevat te veel bestanden ({n})</source>
        <translation>'{name}' holds too many files ({n})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="588" />
        <source>meer dan één '{{' (schrijf \{{ voor een accolade in de tekst)</source>
        <translation>more than one '{{' (write \{{ for a brace in the text)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="594" />
        <source>de titel heeft geen sluitende '::'</source>
        <translation>the title has no closing '::'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="598" />
        <source>'}}' zonder '{{' (schrijf \}} voor een accolade in de tekst)</source>
        <translation>'}}' without '{{' (write \}} for a brace in the text)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="604" />
        <source>elk koppel-antwoord is '=links -&gt; rechts'</source>
        <translation>every matching answer is '=left -&gt; right'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="608" />
        <source>onverwacht '{c}' voor het eerste antwoord (gebruik = of ~)</source>
        <translation>unexpected '{c}' before the first answer (use = or ~)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="615" />
        <source>{file}: een QTI-vraag zonder QTI 2.x/3.0-namespace</source>
        <translation>{file}: a QTI item without a QTI 2.x/3.0 namespace</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="619" />
        <source>{file}: QTI 1.2 kent examtrainer niet; exporteer als QTI 2.1 of 3.0</source>
        <translation>{file}: examtrainer does not support QTI 1.2; export as QTI 2.1 or 3.0</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="625" />
        <source>{file}: dit XML-bestand is leeg of kapot</source>
        <translation>{file}: this XML file is empty or broken</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="629" />
        <source>{file}: XML dat begint met &lt;{tag}&gt; is geen Moodle-toets en geen QTI-vraag</source>
        <translation>{file}: XML that starts with &lt;{tag}&gt; is neither a Moodle quiz nor a QTI item</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="636" />
        <source>{file}: dit zip-bestand is kapot ({rest})</source>
        <translation>{file}: this zip file is broken ({rest})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="643" />
        <source>{file}: een zip zonder pack.yaml (examtrainer-pakket) en zonder imsmanifest.xml (QTI-pakket)</source>
        <translation>{file}: a zip without pack.yaml (examtrainer pack) or imsmanifest.xml (QTI package)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="651" />
        <source>{file}: een map zonder pack.yaml is geen itembank</source>
        <translation>{file}: a folder without pack.yaml is not an item bank</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="655" />
        <source>{file}: het bestand is er niet</source>
        <translation>{file}: the file is not there</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="659" />
        <source>{file}: sla het werkblad eerst op als .xlsx of .csv</source>
        <translation>{file}: save the spreadsheet as .xlsx or .csv first</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="663" />
        <source>{file}: een tekstbestand zonder GIFT-vragen</source>
        <translation>{file}: a text file without GIFT questions</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="667" />
        <source>{file}: de soort bestand '{kind}' kent examtrainer niet; examtrainer leest .xlsx, .csv, .xml (Moodle XML, QTI 2.1/3.0), .zip (QTI-pakket, examtrainer-pakket) en .gift/.txt (GIFT)</source>
        <translation>{file}: examtrainer does not know the file type '{kind}'; it reads .xlsx, .csv, .xml (Moodle XML, QTI 2.1/3.0), .zip (QTI package, examtrainer pack) and .gift/.txt (GIFT)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="676" />
        <source>'{ref}': een volledig pad in het zip-bestand</source>
        <translation>'{ref}': an absolute path in the zip file</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="680" />
        <source>'{ref}': het pad gaat buiten het zip-bestand (..)</source>
        <translation>'{ref}': the path leaves the zip file (..)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="684" />
        <source>'{ref}': snelkoppelingen (links) mogen niet</source>
        <translation>'{ref}': shortcuts (links) are not allowed</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="688" />
        <source>'{ref}': verdacht sterk ingepakt (een zip-bom?); geweigerd</source>
        <translation>'{ref}': suspiciously strongly compressed (a zip bomb?); refused</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="694" />
        <source>'{ref}' is een kapot zip-bestand: {rest}</source>
        <translation>'{ref}' is a broken zip file: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="698" />
        <source>'{ref}': te veel bestanden ({n})</source>
        <translation>'{ref}': too many files ({n})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="702" />
        <source>'{ref}': uitgepakt {n} bytes, te groot</source>
        <translation>'{ref}': unpacks to {n} bytes, too large</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="706" />
        <source>'{ref}': uitgepakt groter dan toegestaan</source>
        <translation>'{ref}': unpacks larger than allowed</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="710" />
        <source>'{ref}': '{member}' is beschadigd: {rest}</source>
        <translation>'{ref}': '{member}' is damaged: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="718" />
        <source>{n} tekst(en)/vraag/vragen zonder vaardigheid kregen 'lezen' ('luisteren' als er geluid bij is); pas dat zo nodig aan</source>
        <translation>{n} text(s)/question(s) without a skill got 'reading' ('listening' when there is sound); change that where needed</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="729" />
        <source>{n} tekst(en)/vraag/vragen zonder niveau kregen {level}; pas dat zo nodig aan</source>
        <translation>{n} text(s)/question(s) without a level got {level}; change that where needed</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="739" />
        <source>{where}: geen &lt;single&gt;; {n} antwoorden geven punten, dus: meer goede antwoorden</source>
        <translation>{where}: no &lt;single&gt;; {n} answers give points, so: several right answers</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="746" />
        <source>{where}: een beschrijving is geen vraag; weggelaten</source>
        <translation>{where}: a description is not a question; left out</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="750" />
        <source>{where}: een tekst zonder antwoorden is geen vraag; weggelaten</source>
        <translation>{where}: a text without answers (description) is not a question; left out</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="756" />
        <source>{where}: het goede antwoord komt uit de mapping</source>
        <translation>{where}: answer key taken from the mapping</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="763" />
        <source>{where}: {what} werd een korte spreekopdracht met voorbeeldantwoord '{model}' en {n} seconden spreektijd</source>
        <translation>{where}: {what} became a short speaking task with model answer '{model}' and {n} seconds to speak</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="771" />
        <source>{where}: toetsen ({href}) worden niet ingelezen, alleen hun vragen</source>
        <translation>{where}: tests ({href}) are not imported, only their items</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="777" />
        <source>{where}: imsmanifest.xml noemt geen vragen; alle XML-bestanden zijn gelezen</source>
        <translation>{where}: imsmanifest.xml lists no QTI items; read every XML file</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="784" />
        <source>{where}: geen UTF-8; gelezen als Windows-1252</source>
        <translation>{where}: not UTF-8, read as Windows-1252 (cp1252)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="788" />
        <source>{where}: UTF-16 met kapotte tekens; die zijn vervangen</source>
        <translation>{where}: UTF-16 with broken characters; they were replaced</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="794" />
        <source>{where}: overgeslagen, de eerste rij heeft geen kolom 'vraag'</source>
        <translation>{where}: skipped, its first row has no 'question' (vraag) column</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="800" />
        <source>{where}: niet gebruikte kolommen: {cols}</source>
        <translation>{where}: columns not used: {cols}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="807" />
        <source>{where}: aftrek ({w}) voor '{t}': in examtrainer telt een fout antwoord als fout</source>
        <translation>{where}: penalty ({w}) for '{t}': in examtrainer a wrong answer simply counts as wrong</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="815" />
        <source>mag niet leeg zijn</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="817" />
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="818" />
        <source>onbekend veld</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="821" />
        <source>de afbeelding is {w} x {h} pixels; dat is te groot (hoogstens {m} x {m})</source>
        <translation>the picture is {w} x {h} pixels; that is too large (at most {m} x {m})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="828" />
        <source>meer dan {n} vragen; dat is te veel voor een import</source>
        <translation>more than {n} questions; that is too many for one import</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="832" />
        <source>is te lang: hoogstens {n} tekens</source>
        <translation>is too long: at most {n} characters</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="836" />
        <source>'{name}' is {size} bytes groot; hoogstens {n} bytes mag</source>
        <translation>'{name}' is {size} bytes; at most {n} bytes are allowed</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="842" />
        <source>mag alleen letters, cijfers, '.', '_' en '-' bevatten</source>
        <translation>may hold only letters, digits, '.', '_' and '-'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="848" />
        <source>moet een van deze zijn: {choices}</source>
        <translation>must be one of: {choices}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="852" />
        <source>heeft niet de goede vorm ({kind})</source>
        <translation>does not have the right form ({kind})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="856" />
        <source>heeft minstens twee antwoorden nodig</source>
        <translation>needs at least two options</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="860" />
        <source>twee antwoorden zijn hetzelfde</source>
        <translation>two options are the same</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="864" />
        <source>heeft minstens twee paren nodig</source>
        <translation>needs at least two pairs</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="868" />
        <source>ontbreekt: het goede antwoord</source>
        <translation>missing: the right answer</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="872" />
        <source>geef één antwoord, geen lijst</source>
        <translation>give one answer, not a list</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="876" />
        <source>'{t}' is niet een van de antwoorden</source>
        <translation>'{t}' is not one of the options</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="880" />
        <source>ontbreekt: de goede antwoorden</source>
        <translation>missing: list the right options</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="884" />
        <source>ontbreekt: de antwoorden die goed zijn</source>
        <translation>missing: list the answers that count as right</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="888" />
        <source>ontbreekt: de goede volgorde</source>
        <translation>missing: list the options in the right order</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="892" />
        <source>de goede volgorde moet elk deel één keer noemen</source>
        <translation>the right order must hold every option once</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="896" />
        <source>'{t}' van een paar staat niet bij de keuzes</source>
        <translation>'{t}' of a pair is not one of the options</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="900" />
        <source>dit is een spreekopdracht (vaardigheid spreken)</source>
        <translation>this is a speaking task (skill: speaking)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="904" />
        <source>ontbreekt: hoeveel seconden de leerling mag spreken</source>
        <translation>missing: how many seconds the learner may speak</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="908" />
        <source>ontbreekt: een voorbeeldantwoord</source>
        <translation>missing: write a model answer</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="912" />
        <source>bij dit soort vraag krijgt een antwoord geen deel van de punten</source>
        <translation>this kind of question gives no part of the points</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="918" />
        <source>'{t}' is al het goede antwoord</source>
        <translation>'{t}' is the right answer already</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="922" />
        <source>het deel van de punten voor '{t}' moet tussen 0 en 1 liggen</source>
        <translation>the share of '{t}' must be between 0 and 1</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="928" />
        <source>het deel van de punten voor '{t}' moet tussen -1 en 1 liggen, en niet 0 zijn</source>
        <translation>the share of '{t}' must be between -1 and 1, not 0</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="935" />
        <source>verschilt van de tekst erbij</source>
        <translation>differs from its text</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="939" />
        <source>verschilt van de tekst erbij ({skill})</source>
        <translation>differs from its stimulus ({skill})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="943" />
        <source>de tekst erbij kon niet worden ingelezen</source>
        <translation>its text (stimulus) could not be converted</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="947" />
        <source>er is geen tekst met code '{id}'</source>
        <translation>no stimulus with id '{id}'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="951" />
        <source>dubbele code (ook in {where})</source>
        <translation>duplicate id (also in {where})</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="955" />
        <source>het bestand '{ref}' bestaat niet</source>
        <translation>file '{ref}' does not exist</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="959" />
        <source>'{ref}' ligt buiten de map met media</source>
        <translation>'{ref}' is outside the media folder</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="964" />
        <source>'{v}' is onbekend; gebruik A0, A1, A2 of B1</source>
        <translation>'{v}' is unknown; use A0, A1, A2 or B1</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="968" />
        <source>'{v}' is onbekend; gebruik een van: {list}</source>
        <translation>'{v}' is unknown; use one of {list}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="972" />
        <source>'{v}' is geen thema; gebruik: {list}</source>
        <translation>'{v}' is not a theme; use {list}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="976" />
        <source>is ingevuld, maar '{col}' is leeg</source>
        <translation>is filled while '{col}' is empty</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="980" />
        <source>antwoord {v} wijst naar een leeg antwoord</source>
        <translation>answer {v} points to an empty option</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="984" />
        <source>'{v}' is niet een van de antwoorden (geef een letter A–E of de tekst)</source>
        <translation>'{v}' is not one of the options (give a letter A–E or the text)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="991" />
        <source>ontbreekt: de letter van het goede antwoord</source>
        <translation>missing: give the letter of the right option</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="995" />
        <source>ontbreekt: de letters van de goede antwoorden</source>
        <translation>missing: give the letters of the right options</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="999" />
        <source>'{v}' is niet Juist of Onjuist</source>
        <translation>'{v}' is not Juist or Onjuist</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1003" />
        <source>ontbreekt: de goede antwoorden (scheid ze met |)</source>
        <translation>missing: write the accepted answers (separate with |)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1007" />
        <source>'{v}' is geen paar zoals 'links = rechts'</source>
        <translation>'{v}' is not a pair like 'links = rechts'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1011" />
        <source>'{v}' is geen heel aantal seconden</source>
        <translation>'{v}' is not a whole number of seconds</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1015" />
        <source>'{v}' mag alleen letters, cijfers, '.', '_' en '-' bevatten</source>
        <translation>'{v}' may hold only letters, digits, '.', '_', '-'</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1021" />
        <source>'{v}' komt twee keer voor</source>
        <translation>'{v}' is used twice</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1025" />
        <source>ontbreekt: het vraagtype, bijvoorbeeld meerkeuze</source>
        <translation>missing: the question type, for example multiple_choice</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1029" />
        <source>ontbreekt: de vraag of opdracht</source>
        <translation>missing: write the question or task</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1033" />
        <source>verschilt van rij {n} (zelfde tekst_id)</source>
        <translation>differs from row {n} (same text_id)</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1037" />
        <source>'{v}' is geen vrije, geldige code</source>
        <translation>'{v}' is not a free, valid id</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1041" />
        <source>kolom '{v}' staat er twee keer</source>
        <translation>column '{v}' appears twice</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1045" />
        <source>het werkblad is niet te lezen: {rest}</source>
        <translation>cannot read the workbook: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1049" />
        <source>het CSV-bestand is niet te lezen: {rest}</source>
        <translation>cannot read the CSV: {rest}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1056" />
        <source>geen vragen gevonden: de eerste rij heeft een kolom 'vraag' nodig, met rijen eronder</source>
        <translation>no questions found: the header row needs a 'question' (vraag) column and there must be rows below it</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1064" />
        <source>regel {n}</source>
        <translation>line {n}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1067" />
        <source>{file} vraag {n}</source>
        <translation>{file} question {n}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1071" />
        <source>{file} rij {n}</source>
        <translation>{file} row {n}</translation>
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1075" />
        <source>{file} open plek {n}</source>
        <translation>{file} gap {n}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="124" />
        <source>probleem</source>
        <translation>problem</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="125" />
        <source>niet ingelezen</source>
        <translation>not imported</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="134" />
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="135" />
        <source>Luisteren</source>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="136" />
        <source>Spreken</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="137" />
        <source>Schrijven</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="143" />
        <source>meerkeuze</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="144" />
        <source>meer goede antwoorden</source>
        <translation>several right answers</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="145" />
        <source>juist/onjuist</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="146" />
        <source>kort antwoord</source>
        <translation>short answer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="147" />
        <source>koppelen</source>
        <translation>matching</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="148" />
        <source>volgorde</source>
        <translation>ordering</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="149" />
        <source>reactie kiezen</source>
        <translation>choose a reaction</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="150" />
        <source>korte spreekopdracht</source>
        <translation>short speaking task</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="151" />
        <source>langere spreekopdracht</source>
        <translation>longer speaking task</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="152" />
        <source>schrijfopdracht</source>
        <translation>writing task</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="158" />
        <source>examtrainer-pakket</source>
        <translation>examtrainer pack</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="163" />
        <source>Excel-werkblad (xlsx)</source>
        <translation>Excel workbook (xlsx)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="164" />
        <source>CSV-bestand</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="174" />
        <source>Vragen importeren</source>
        <translation>Import questions</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="176" />
        <source>Bestand: {name} (soort: {format})</source>
        <translation>File: {name} (type: {format})</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="184" />
        <source>Het bestand heeft {items} en {texts} voor de itembank '{title}' ({id}). Er is nog niets veranderd.</source>
        <translation>The file has {items} and {texts} for the item bank '{title}' ({id}). Nothing has changed yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="189" />
        <location filename="../gui/dialogs/import_preview.py" line="202" />
        <source>%n vragen</source>
        <translation><numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="190" />
        <location filename="../gui/dialogs/import_preview.py" line="203" />
        <source>%n teksten</source>
        <translation><numerusform>%n text</numerusform>
            <numerusform>%n texts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="197" />
        <source>Dit wordt de itembank '{title}' ({id}) met {items} en {texts}. Er is nog niets ingelezen. Klik op Installeren om door te gaan.</source>
        <translation>This will be the item bank '{title}' ({id}) with {items} and {texts}. Nothing has been imported yet. Click Install to continue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="209" />
        <source>Dit bestand kan niet worden ingelezen: er zijn %n problemen. Verbeter het bestand en probeer het opnieuw. Er is niets veranderd.</source>
        <translation><numerusform>This file cannot be imported: there is %n problem. Correct the file and try again. Nothing has been changed.</numerusform>
            <numerusform>This file cannot be imported: there are %n problems. Correct the file and try again. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="217" />
        <source>Code van de itembank: {id} (gemaakt uit: {source}). Niet uit de bestandsnaam.</source>
        <translation>Item bank code: {id} (made from: {source}). Not from the file name.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="223" />
        <source>Wat wordt ingelezen:</source>
        <translation>What will be imported:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Soorten</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="228" />
        <source>Problemen en delen die niet worden ingelezen ({n}):</source>
        <translation>Problems and parts that will not be imported ({n}):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="234" />
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="235" />
        <source>Bestand / regel</source>
        <translation>File / line</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="236" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="237" />
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="238" />
        <source>Wat is er mis</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="244" />
        <source>Installeren</source>
        <translation>Install</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="244" />
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="245" />
        <source>Beide bewaren</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="246" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="254" />
        <source>Deze itembank is er al: '{title}'. Bij vervangen: {new}, {changed}, {removed}, {same}.</source>
        <translation>This item bank is already installed: '{title}'. Replacing it gives: {new}, {changed}, {removed}, {same}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="257" />
        <source>%n nieuwe vragen</source>
        <translation><numerusform>%n new question</numerusform>
            <numerusform>%n new questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="258" />
        <source>%n veranderde vragen</source>
        <translation><numerusform>%n changed question</numerusform>
            <numerusform>%n changed questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="259" />
        <source>%n vragen gaan weg</source>
        <translation><numerusform>%n question removed</numerusform>
            <numerusform>%n questions removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="260" />
        <source>%n blijven hetzelfde</source>
        <translation><numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="264" />
        <source>Leerlingen gaven al %n antwoorden op vragen die veranderen of weggaan. Die antwoorden blijven bewaard.</source>
        <translation><numerusform>Learners have already given %n answer to questions that change or go. That answer is kept.</numerusform>
            <numerusform>Learners have already given %n answers to questions that change or go. Those answers are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="271" />
        <source>Dit is een meegeleverde itembank. Die kunt u niet vervangen. Met 'Beide bewaren' komt uw bank ernaast, met een eigen code.</source>
        <translation>This is a bundled item bank. You cannot replace it. With 'Keep both' your bank is added next to it, with its own code.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="275" />
        <source>Kies: vervangen, beide bewaren of annuleren.</source>
        <translation>Choose: replace, keep both or cancel.</translation>
    </message>
</context>
<context>
    <name>LearnerPinDialog</name>
    <message>
        <location filename="../gui/dialogs/pin.py" line="277" />
        <source>Deze code klopt niet.</source>
        <translation>This code is not correct.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="282" />
        <source>Dit profiel is van {name}. Typ de geheime code.</source>
        <translation>This profile belongs to {name}. Type the secret code.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="284" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="285" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="137" />
        <location filename="../gui/teacher/learners_tab.py" line="259" />
        <source>(geen groep)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="225" />
        <source>gearchiveerd</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="225" />
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="230" />
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="232" />
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="235" />
        <source>Leerlingen</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="236" />
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="238" />
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="239" />
        <source>Naam van de leerling</source>
        <translation>Name of the learner</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="240" />
        <source>Nieuwe leerling</source>
        <translation>New learner</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="241" />
        <source>Naam wijzigen</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="242" />
        <source>Code wissen</source>
        <translation>Clear code</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="244" />
        <source>Voor een leerling die de geheime code van het profiel vergeten is.</source>
        <translation>For a learner who forgot the secret code of their profile.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="246" />
        <source>Groep:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="247" />
        <source>In groep zetten</source>
        <translation>Put in group</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="248" />
        <source>Naam van de groep</source>
        <translation>Name of the group</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="249" />
        <source>Nieuwe groep</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="250" />
        <source>Hernoemen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="253" />
        <source>Gearchiveerde leerlingen staan niet meer in de profielen. Hun resultaten blijven bewaard.</source>
        <translation>Archived learners are no longer shown in the profiles. Their results stay saved.</translation>
    </message>
</context>
<context>
    <name>ListeningScreen</name>
    <message>
        <location filename="../gui/screens/listening.py" line="201" />
        <source>Vraag {n} van {total} bij dit fragment</source>
        <translation>Question {n} of {total} for this audio</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="232" />
        <source>Kies eerst een antwoord.</source>
        <translation>Choose an answer first.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="241" />
        <source>Uw antwoord is bewaard. Hier is de volgende vraag.</source>
        <translation>Your answer has been saved. Here is the next question.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="289" />
        <source>Korte test: luisteren</source>
        <translation>Short test: listening</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="292" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>This is not an exam. Take your time and do your best. After a few questions, we know which level suits you.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="297" />
        <source>Luisteren oefenen</source>
        <translation>Practise listening</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="299" />
        <source>Klik op Luisteren. Luister goed. Kies dan het goede antwoord.</source>
        <translation>Click Listen. Listen carefully. Then choose the right answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="301" />
        <source>Langzamer afspelen</source>
        <translation>Play more slowly</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="304" />
        <source>Verberg de tekst</source>
        <translation>Hide the text</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="306" />
        <source>Lees wat er gezegd wordt</source>
        <translation>Read what is said</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="308" />
        <source>Stoppen</source>
        <translation>Stop practising</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="309" />
        <source>Controleer</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="310" />
        <source>Volgende vraag</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="311" />
        <source>Typ hier uw antwoord</source>
        <translation>Type your answer here</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="312" />
        <source>Er is geen geluid</source>
        <translation>There is no sound</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="315" />
        <source>We vinden geen luidspreker of koptelefoon. Voor luisteren heeft u geluid nodig.

Zo lost u het op:
1. Sluit een koptelefoon of luidsprekers aan op de computer.
2. Zet het geluid van de computer aan.
3. Klik op 'Opnieuw kijken'.

Lukt het niet? Vraag hulp aan uw docent.</source>
        <translation>We cannot find a speaker or headphones. You need sound for listening.

How to fix it:
1. Connect headphones or speakers to the computer.
2. Turn on the computer's sound.
3. Click 'Check again'.

Does it still not work? Ask your teacher for help.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="324" />
        <source>Opnieuw kijken</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="325" />
        <source>Terug naar het begin</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="69" />
        <source>Even geduld. Het programma wordt klaargezet…</source>
        <translation>One moment, please. The program is getting ready…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="130" />
        <source>Er ging iets mis. Uw antwoorden zijn bewaard. Probeer het nog een keer.</source>
        <translation>Something went wrong. Your answers have been saved. Please try again.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="132" />
        <source>Let op</source>
        <translation>Please note</translation>
    </message>
</context>
<context>
    <name>MatchAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="113" />
        <source>– kies –</source>
        <translation>– choose –</translation>
    </message>
</context>
<context>
    <name>OnboardingScreen</name>
    <message>
        <location filename="../gui/screens/onboarding.py" line="154" />
        <source>Kies een geheime code van minstens 4 tekens.</source>
        <translation>Choose a secret code of at least 4 characters.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="157" />
        <source>De code moet minstens 4 tekens hebben.</source>
        <translation>The code must have at least 4 characters.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="177" />
        <source>Welkom bij examtrainer</source>
        <translation>Welcome to examtrainer</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="179" />
        <source>In welke taal wilt u de uitleg lezen? U kunt dit later veranderen.</source>
        <translation>In which language do you want to read the instructions? You can change this later.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="181" />
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="182" />
        <source>Over u</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="183" />
        <source>Hoe heet u? (Uw voornaam is genoeg.)</source>
        <translation>What is your name? (Your first name is enough.)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="184" />
        <source>Voor welk examen oefent u?</source>
        <translation>Which exam are you practising for?</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="185" />
        <source>Inburgeringsexamen A2 (DUO)</source>
        <translation>Inburgeringsexamen A2 (DUO, civic integration exam)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="186" />
        <source>Staatsexamen Nt2 B1 (programma I)</source>
        <translation>Staatsexamen Nt2 B1 (programma I, state exam Dutch as a second language)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="189" />
        <source>Moest u inburgeren vóór 2022? Dan is het meestal A2. Vanaf 2022 is het meestal B1. Twijfelt u? Kies A2. U kunt het later veranderen.</source>
        <translation>Did your civic integration (inburgering) start before 2022? Then it is usually A2. From 2022 on, it is usually B1. Not sure? Choose A2. You can change it later.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="193" />
        <source>Uw doel (mag leeg blijven), bijvoorbeeld: werk vinden</source>
        <translation>Your goal (you may leave this empty), for example: find work</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="194" />
        <source>Ik weet de datum van mijn examen:</source>
        <translation>I know the date of my exam:</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="198" />
        <source>Kies een geheime code (minstens 4 tekens). Dan kan niemand anders uw profiel openen.</source>
        <translation>Choose a secret code (at least 4 characters). Then nobody else can open your profile.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="205" />
        <source>Geheime code (mag leeg blijven). Met een code kan niemand anders uw profiel openen.</source>
        <translation>Secret code (you may leave this empty). With a code, nobody else can open your profile.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="209" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="210" />
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>OrderAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="182" />
        <source>▲ Omhoog</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="183" />
        <source>▼ Omlaag</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="184" />
        <source>Alt + pijl omhoog</source>
        <translation>Alt + up arrow</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="185" />
        <source>Alt + pijl omlaag</source>
        <translation>Alt + down arrow</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="187" />
        <source>Kies een zin en zet hem hoger of lager met Alt en de pijltjes.</source>
        <translation>Choose a sentence and move it up or down with Alt and the arrow keys.</translation>
    </message>
</context>
<context>
    <name>OwnVoiceDialog</name>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="173" />
        <source>Luisterfragment</source>
        <translation>Listening fragment</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="173" />
        <source>Voorbeeldantwoord</source>
        <translation>Model answer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="176" />
        <source>(uw eigen geluid)</source>
        <translation>(your own sound)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="235" />
        <source>Geluidsbestand kiezen</source>
        <translation>Choose a sound file</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="237" />
        <source>Geluid</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="269" />
        <source>Opgeslagen. Leerlingen horen nu uw geluid bij '{label}'.</source>
        <translation>Saved. Learners now hear your sound with '{label}'.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="284" />
        <source>Deze itembank heeft geen luisterfragmenten en geen spreekopdrachten.</source>
        <translation>This item bank has no listening fragments and no speaking tasks.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="287" />
        <source>Nu: nog geen geluid.</source>
        <translation>Now: no sound yet.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="289" />
        <source>Nu: uw eigen geluid.</source>
        <translation>Now: your own sound.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="291" />
        <source>Nu: {file}</source>
        <translation>Now: {file}</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="294" />
        <source>Opname loopt: {time}</source>
        <translation>Recording: {time}</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="299" />
        <source>Neem uw stem op of kies een geluidsbestand.</source>
        <translation>Record your voice or choose a sound file.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="301" />
        <source>Nieuw: uw opname. Luister en zet hem in de itembank.</source>
        <translation>New: your recording. Listen, then put it in the item bank.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="304" />
        <source>Nieuw: {file}. Luister en zet het in de itembank.</source>
        <translation>New: {file}. Listen, then put it in the item bank.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="308" />
        <source>■ Stop opname</source>
        <translation>■ Stop recording</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="308" />
        <source>● Opnemen</source>
        <translation>● Record</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="322" />
        <source>Eigen stem</source>
        <translation>Own voice</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="323" />
        <source>Eigen stem in '{title}'</source>
        <translation>Own voice in '{title}'</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="326" />
        <source>Kies een luisterfragment of een voorbeeldantwoord. Neem uw stem op of kies een geluidsbestand. Luister eerst. Zet het daarna in de itembank: leerlingen horen dan uw geluid, en het gaat mee als u de itembank exporteert.</source>
        <translation>Choose a listening fragment or a model answer. Record your voice or choose a sound file. Listen first. Then put it in the item bank: learners will hear your sound, and it goes along when you export the item bank.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="331" />
        <source>Wat leerlingen nu horen</source>
        <translation>What learners hear now</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="332" />
        <source>Nieuw geluid</source>
        <translation>New sound</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="333" />
        <source>▶ Nu afspelen</source>
        <translation>▶ Play current</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="333" />
        <location filename="../gui/dialogs/own_voice.py" line="334" />
        <source>■ Stop</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="334" />
        <source>▶ Nieuw geluid afspelen</source>
        <translation>▶ Play new sound</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="335" />
        <source>Bestand kiezen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="336" />
        <source>In de itembank zetten</source>
        <translation>Put in the item bank</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="337" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="35" />
        <source>%n seconden</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="38" />
        <source>%n minuten</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="40" />
        <source>%n uur</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="66" />
        <location filename="../gui/dialogs/pin.py" line="91" />
        <source>U heeft te vaak een verkeerde code getypt.</source>
        <translation>You have typed a wrong code too often.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="78" />
        <source>Even controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="103" />
        <source>Probeer het opnieuw.</source>
        <translation>Please try again.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="111" />
        <source>Wacht {wait}.</source>
        <translation>Please wait {wait}.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="123" />
        <source>Er ging iets mis. Probeer het opnieuw.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
</context>
<context>
    <name>PracticeFeedback</name>
    <message>
        <location filename="../gui/screens/reading.py" line="222" />
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation>Well done! That is the right answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="224" />
        <source>Voor een deel goed: u krijgt {percent}% van de punten. Het beste antwoord is: {answer}</source>
        <translation>Partly right: you get {percent}% of the points. The best answer is: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="229" />
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation>Almost. The right answer is: {answer}</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../gui/screens/profiles.py" line="93" />
        <source>Wie gaat er oefenen?</source>
        <translation>Who is going to practise?</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="94" />
        <source>Nieuw profiel</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="95" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="96" />
        <source>Docent</source>
        <translation>Teacher</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="26" />
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="27" />
        <source>Luisteren</source>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="28" />
        <source>Spreken</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="87" />
        <location filename="../gui/teacher/progress_tab.py" line="138" />
        <source>Alle leerlingen</source>
        <translation>All learners</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="136" />
        <source>Groep:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="139" />
        <source>De groep</source>
        <translation>The group</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="140" />
        <source>Per leerling</source>
        <translation>Per learner</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="143" />
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="144" />
        <source>Met niveau</source>
        <translation>With a level</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="145" />
        <source>Gemiddeld niveau</source>
        <translation>Average level</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="146" />
        <source>Gem. kans A2</source>
        <translation>Avg. chance of A2</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="147" />
        <location filename="../gui/teacher/progress_tab.py" line="159" />
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="148" />
        <source>Goed</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="149" />
        <source>Niveaus</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="154" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="155" />
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="160" />
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="161" />
        <source>Laatst actief</source>
        <translation>Last active</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="162" />
        <source>Te beoordelen</source>
        <translation>To assess</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="163" />
        <source>Proefexamens</source>
        <translation>Practice exams</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="168" />
        <source>Per onderdeel: niveau nu · kans om het examen te halen (op het niveau van de leerling: A2 of B1). Een streepje: nog geen niveau.</source>
        <translation>Per part: level now · chance to pass the exam (at the learner's level: A2 or B1). A dash: no level yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/progress_tab.py" line="172" />
        <source>'nog onbekend': minder dan %n vragen gemaakt.</source>
        <translation><numerusform>'not known yet': fewer than %n question answered.</numerusform>
            <numerusform>'not known yet': fewer than %n questions answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <location filename="../gui/screens/reading.py" line="398" />
        <source>Vraag {n} van {total} bij deze tekst</source>
        <translation>Question {n} of {total} for this text</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="417" />
        <source>Kies eerst een antwoord.</source>
        <translation>Choose an answer first.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="426" />
        <source>Uw antwoord is bewaard. Hier is de volgende vraag.</source>
        <translation>Your answer has been saved. Here is the next question.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="455" />
        <source>Korte test: lezen</source>
        <translation>Short test: reading</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="458" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>This is not an exam. Take your time and do your best. After a few questions, we know which level suits you.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="463" />
        <source>Lezen oefenen</source>
        <translation>Practise reading</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="464" />
        <source>Lees de tekst. Kies dan het goede antwoord.</source>
        <translation>Read the text. Then choose the right answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="465" />
        <source>Stoppen</source>
        <translation>Stop practising</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="466" />
        <source>Controleer</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="467" />
        <source>Volgende vraag</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="468" />
        <source>Typ hier uw antwoord</source>
        <translation>Type your answer here</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message numerus="yes">
        <location filename="../gui/teacher/review_tab.py" line="152" />
        <location filename="../gui/teacher/review_tab.py" line="290" />
        <source>Opnames om te beoordelen: %n</source>
        <translation><numerusform>Recordings to assess: %n</numerusform>
            <numerusform>Recordings to assess: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="195" />
        <source>Kies links een opname.</source>
        <translation>Choose a recording on the left.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="204" />
        <source>{name}, {date} (duur: {seconds} sec.)</source>
        <translation>{name}, {date} (length: {seconds} sec.)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="216" />
        <source>Het geluidsbestand is niet gevonden: {path}</source>
        <translation>The sound file was not found: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="223" />
        <source>De opdracht wordt geladen…</source>
        <translation>Loading the task…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="228" />
        <source>Opdracht: {question}</source>
        <translation>Task: {question}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="230" />
        <source>Voorbeeldantwoord: {answer}</source>
        <translation>Example answer: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="244" />
        <location filename="../gui/teacher/review_tab.py" line="264" />
        <source>voldoende</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="244" />
        <location filename="../gui/teacher/review_tab.py" line="264" />
        <source>onvoldoende</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="246" />
        <source>Totaal: {points} van {max} punten: {verdict}</source>
        <translation>Total: {points} of {max} points: {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="266" />
        <source>Opgeslagen: {points} van {max} punten, {verdict}.</source>
        <translation>Saved: {points} of {max} points, {verdict}.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="282" />
        <source>Inhoud: doet de leerling wat de opdracht vraagt?</source>
        <translation>Content: does the learner do what the task asks?</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="283" />
        <source>Verstaanbaar: uitspraak en duidelijkheid</source>
        <translation>Intelligibility: pronunciation and clarity</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="284" />
        <source>Woordenschat</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="285" />
        <source>Grammatica</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="286" />
        <source>Vloeiend spreken</source>
        <translation>Fluency</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="289" />
        <source>(0–2)</source>
        <translation>(0–2)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="291" />
        <source>Ook beoordeelde opnames tonen</source>
        <translation>Also show assessed recordings</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="292" />
        <source>Opdracht</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="294" />
        <source>Beoordeling (voldoende: 6 van 10 punten en minstens 1 punt voor inhoud)</source>
        <translation>Assessment (pass: 6 of 10 points and at least 1 point for content)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="296" />
        <source>Opmerking:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="297" />
        <source>▶ Opname afspelen</source>
        <translation>▶ Play recording</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="297" />
        <location filename="../gui/teacher/review_tab.py" line="298" />
        <source>■ Stop</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="298" />
        <source>▶ Voorbeeld afspelen</source>
        <translation>▶ Play example</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="299" />
        <source>Beoordeling opslaan</source>
        <translation>Save assessment</translation>
    </message>
</context>
<context>
    <name>SchoolSetupDialog</name>
    <message>
        <location filename="../gui/dialogs/about.py" line="104" />
        <source>ingesteld door de school (site.toml)</source>
        <translation>set by the school (site.toml)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="106" />
        <source>ingesteld op deze computer</source>
        <translation>set on this computer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="108" />
        <source>nog niet ingesteld</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="113" />
        <source>gevonden</source>
        <translation>found</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="113" />
        <source>niet gevonden</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="119" />
        <location filename="../gui/dialogs/about.py" line="120" />
        <location filename="../gui/dialogs/about.py" line="122" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="126" />
        <source>Over deze installatie</source>
        <translation>About this installation</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="129" />
        <source>Voor de ICT-beheerder: hier staan de instellingen van de school en de gegevens. Zie docs/school-setup.md.</source>
        <translation>For the IT administrator: here are the school settings and the data. See docs/school-setup.md.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="134" />
        <source>Versie:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="135" />
        <source>Instellingen school:</source>
        <translation>School settings:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="136" />
        <source>Dat bestand is:</source>
        <translation>That file is:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="137" />
        <source>Eigen instellingen:</source>
        <translation>Own settings:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="138" />
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="139" />
        <source>Map met gegevens:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="140" />
        <source>Map met eigen instellingen:</source>
        <translation>Folder with own settings:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="141" />
        <source>Map met opnames:</source>
        <translation>Recordings folder:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="142" />
        <source>Gedeelde itembanken:</source>
        <translation>Shared item banks:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="143" />
        <source>Gedeelde opnames:</source>
        <translation>Shared recordings:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="144" />
        <source>Docent-PIN:</source>
        <translation>Teacher PIN:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="145" />
        <source>Vastgezet door school:</source>
        <translation>Locked by the school:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="151" />
        <source>Onderdelen en hun licenties:</source>
        <translation>Components and their licences:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="153" />
        <source>Qt en PySide6 vallen onder de LGPL-3.0. U mag de Qt-bibliotheken vervangen door een eigen versie. Ze staan in: {folder}. De teksten van de licenties staan in: {texts}.</source>
        <translation>Qt and PySide6 are under the LGPL-3.0. You may replace the Qt libraries with a version of your own. They are in: {folder}. The texts of the licences are in: {texts}.</translation>
    </message>
</context>
<context>
    <name>SoundCheckScreen</name>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="262" />
        <source>Geluid testen</source>
        <translation>Test sound</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="265" />
        <source>Test eerst uw koptelefoon en uw microfoon. Dat doet u ook bij het echte examen.</source>
        <translation>First test your headphones and your microphone. You also do this at the real exam.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="270" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="271" />
        <source>Opnieuw kijken</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="274" />
        <source>Verder naar luisteren</source>
        <translation>Go on to listening</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="275" />
        <source>Verder naar spreken</source>
        <translation>Go on to speaking</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="276" />
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="281" />
        <source>1. Koptelefoon of luidspreker</source>
        <translation>1. Headphones or speaker</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="284" />
        <location filename="../gui/screens/soundcheck.py" line="320" />
        <source>Gevonden: {name}</source>
        <translation>Found: {name}</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="285" />
        <source>Klik op Luisteren. Hoort u het geluid goed?</source>
        <translation>Click Listen. Can you hear the sound well?</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="287" />
        <location filename="../gui/screens/soundcheck.py" line="322" />
        <source>Niet gevonden.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="290" />
        <source>Ja, ik hoor het</source>
        <translation>Yes, I can hear it</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="291" />
        <location filename="../gui/screens/soundcheck.py" line="352" />
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="294" />
        <source>We vinden geen luidspreker of koptelefoon. Zonder geluid kunt u niet luisteren.
Sluit een koptelefoon of luidsprekers aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>We cannot find a speaker or headphones. Without sound, you cannot listen.
Connect headphones or speakers. Then click 'Check again'.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="300" />
        <source>Goed zo. Het geluid werkt.</source>
        <translation>Well done. The sound works.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="303" />
        <source>Zet het geluid van de computer harder. Kijk of de koptelefoon goed vastzit. Probeer het dan nog een keer.</source>
        <translation>Turn up the sound of the computer. Check that the headphones are plugged in well. Then try again.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="317" />
        <source>2. Microfoon</source>
        <translation>2. Microphone</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="327" />
        <source>Neem 3 seconden op</source>
        <translation>Record 3 seconds</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="329" />
        <source>Opnieuw opnemen</source>
        <translation>Record again</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="334" />
        <source>Spreek nu. Zeg bijvoorbeeld: 'Goedemorgen, ik heet …'.</source>
        <translation>Speak now. For example, say: 'Goedemorgen, ik heet …' (Good morning, my name is …).</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/soundcheck.py" line="336" />
        <source>Nog %n seconden.</source>
        <translation><numerusform>%n second left.</numerusform>
            <numerusform>%n seconds left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="340" />
        <source>Dit is uw opname. Klik op Luisteren om hem nog eens te horen.</source>
        <translation>This is your recording. Click Listen to hear it again.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="343" />
        <source>Klik op de knop. Zeg dan iets. U heeft 3 seconden.</source>
        <translation>Click the button. Then say something. You have 3 seconds.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="350" />
        <source>Hoort u uw eigen stem?</source>
        <translation>Can you hear your own voice?</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="351" />
        <source>Ja, ik hoor mijzelf</source>
        <translation>Yes, I can hear myself</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="355" />
        <source>We vinden geen microfoon. Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.
U kunt ook zonder microfoon spreken oefenen. U zegt dan uw antwoord hardop.</source>
        <translation>We cannot find a microphone. Connect a microphone, or headphones with a microphone. Then click 'Check again'.
You can also practise speaking without a microphone. Then you say your answer out loud.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="362" />
        <source>Goed zo. De microfoon werkt.</source>
        <translation>Well done. The microphone works.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="365" />
        <source>Spreek wat harder, of houd de microfoon dichter bij uw mond. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>Speak a little louder, or hold the microphone closer to your mouth. Check that the microphone is switched on. Then try again.</translation>
    </message>
</context>
<context>
    <name>SpeakingScreen</name>
    <message>
        <location filename="../gui/screens/speaking.py" line="308" />
        <source>Opdracht {n} van {total}</source>
        <translation>Task {n} of {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="418" />
        <source>Geeft u antwoord op de vraag?</source>
        <translation>Do you answer the question?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="419" />
        <source>Spreekt u in hele zinnen?</source>
        <translation>Do you speak in full sentences?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="420" />
        <source>Spreekt u duidelijk?</source>
        <translation>Do you speak clearly?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="444" />
        <location filename="../gui/screens/speaking.py" line="560" />
        <source>Uw antwoord is niet bewaard</source>
        <translation>Your answer was not saved</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="493" />
        <source>Kies eerst een antwoord.</source>
        <translation>Choose an answer first.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="500" />
        <source>Goed zo! Dat zegt u in deze situatie.</source>
        <translation>Well done! That is what you say in this situation.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="502" />
        <source>Bijna. Beter is: {answer}</source>
        <translation>Almost. It is better to say: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="546" />
        <source>Spreken oefenen</source>
        <translation>Practise speaking</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="549" />
        <source>U oefent zonder microfoon. Zeg uw antwoord hardop. Vergelijk het daarna.</source>
        <translation>You are practising without a microphone. Say your answer out loud. Then compare it.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="553" />
        <source>Luister naar de opdracht. Denk even na. Spreek dan uw antwoord in.</source>
        <translation>Listen to the task. Think for a moment. Then record your answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="555" />
        <source>Stoppen</source>
        <translation>Stop practising</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="557" />
        <source>De opdracht:</source>
        <translation>The task:</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="558" />
        <source>Luister naar de situatie. Kies dan de goede reactie.</source>
        <translation>Listen to the situation. Then choose the right response.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="562" />
        <source>Luister naar uw antwoord</source>
        <translation>Listen to your answer</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="564" />
        <source>Een goed antwoord</source>
        <translation>A good answer</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="565" />
        <source>Kijk zelf</source>
        <translation>Check it yourself</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="567" />
        <source>Vergelijk uw antwoord met het goede antwoord. Zet een vinkje als het klopt.</source>
        <translation>Compare your answer with the good answer. Tick the box if it is right.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="569" />
        <location filename="../gui/screens/speaking.py" line="572" />
        <source>Volgende opdracht</source>
        <translation>Next task</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="570" />
        <source>Opnieuw opnemen</source>
        <translation>Record again</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="571" />
        <source>Controleer</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="581" />
        <source>Even geduld. We luisteren naar uw opname…</source>
        <translation>One moment, please. We are listening to your recording…</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="583" />
        <source>De microfoon doet het niet meer</source>
        <translation>The microphone has stopped working</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="585" />
        <source>Er is geen microfoon</source>
        <translation>There is no microphone</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="588" />
        <source>We vinden geen microfoon. Daarom kunnen we uw antwoord niet opnemen.</source>
        <translation>We cannot find a microphone. So we cannot record your answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="590" />
        <source>U kunt toch oefenen. U zegt uw antwoord hardop. Daarna hoort en leest u een goed antwoord. U kijkt zelf of uw antwoord goed was.</source>
        <translation>You can still practise. You say your answer out loud. Then you hear and read a good answer. You check for yourself if your answer was good.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="594" />
        <source>Wilt u wel opnemen? Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>Do you want to record? Connect a microphone, or headphones with a microphone. Then click 'Check again'.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="599" />
        <source>We vinden ook geen luidspreker. U kunt de opdrachten wel lezen.</source>
        <translation>We also cannot find a speaker. You can still read the tasks.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="601" />
        <source>Oefenen zonder opname</source>
        <translation>Practise without recording</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="602" />
        <source>Opnieuw kijken</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="603" />
        <source>Terug naar het begin</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>StartupProblemScreen</name>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="89" />
        <location filename="../gui/screens/startup_problem.py" line="124" />
        <source>Even geduld. Het programma wordt klaargezet…</source>
        <translation>One moment, please. The program is getting ready…</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="95" />
        <source>Even geduld. De reservekopie wordt teruggezet…</source>
        <translation>One moment. The backup is being put back…</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="106" />
        <location filename="../gui/screens/startup_problem.py" line="155" />
        <source>Opnieuw beginnen</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="108" />
        <source>Wilt u opnieuw beginnen met een leeg programma? Het oude bestand wordt niet weggegooid: het blijft in de map met reservekopieën.</source>
        <translation>Do you want to start again with an empty program? The old file is not thrown away: it stays in the backups folder.</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="115" />
        <source>Ja, opnieuw beginnen</source>
        <translation>Yes, start again</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="116" />
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="138" />
        <source>Het programma kan nu niet starten</source>
        <translation>The program cannot start now</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="144" />
        <source>Er ging iets mis bij het starten. Probeer het opnieuw. Lukt het niet? Vraag dan hulp aan de docent of de ICT-beheerder.</source>
        <translation>Something went wrong while starting. Please try again. Does it not work? Then ask your teacher or the IT administrator for help.</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="149" />
        <source>Er is niets weggegooid. Uw oude bestand en de reservekopieën blijven bewaard.</source>
        <translation>Nothing was thrown away. Your old file and the backups are kept.</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="151" />
        <source>Uw antwoorden van eerder zijn niet veranderd.</source>
        <translation>Your earlier answers have not changed.</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="153" />
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="154" />
        <source>Reservekopie terugzetten</source>
        <translation>Put the backup back</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="156" />
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../gui/screens/results.py" line="59" />
        <source>de gemeente</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="60" />
        <source>werk</source>
        <translation>work</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="61" />
        <source>gezondheid</source>
        <translation>health</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="62" />
        <source>wonen</source>
        <translation>housing</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="63" />
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="64" />
        <source>winkelen</source>
        <translation>shopping</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="65" />
        <source>reizen</source>
        <translation>travel</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="66" />
        <source>vrije tijd</source>
        <translation>free time</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="67" />
        <source>geld</source>
        <translation>money</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="68" />
        <source>familie</source>
        <translation>family</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="69" />
        <source>buren</source>
        <translation>neighbours</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="70" />
        <source>instanties</source>
        <translation>official organisations</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="71" />
        <source>nieuws</source>
        <translation>news</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="72" />
        <source>algemeen</source>
        <translation>general</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="86" />
        <source>U heeft %n vragen gemaakt.</source>
        <translation><numerusform>You answered %n question.</numerusform>
            <numerusform>You answered %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="88" />
        <source>Voor een niveau zijn er minstens %n nodig.</source>
        <translation><numerusform>A level needs at least %n.</numerusform>
            <numerusform>A level needs at least %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="93" />
        <source>Tot nu toe lijkt uw niveau {level}. Dat is nog niet zeker.</source>
        <translation>So far your level seems to be {level}. That is not certain yet.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="97" />
        <source>Tot nu toe lijkt uw niveau tussen {low} en {high}.</source>
        <translation>So far your level seems to be between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="101" />
        <source>Maak de korte test nog een keer helemaal. Dan weten we het beter.</source>
        <translation>Do the short test again, all the way. Then we know better.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="105" />
        <source>Naar het begin</source>
        <translation>Go to the start</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="107" />
        <source>De korte test opnieuw maken</source>
        <translation>Do the short test again</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="109" />
        <source>Nog een keer oefenen</source>
        <translation>Practise again</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="116" />
        <source>De test is klaar. Dank u wel!</source>
        <translation>The test is finished. Thank you!</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="118" />
        <source>Klaar! Goed gedaan.</source>
        <translation>Finished! Well done.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="125" />
        <source>U heeft %n opdrachten ingesproken.</source>
        <translation><numerusform>You recorded answers to %n task.</numerusform>
            <numerusform>You recorded answers to %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="126" />
        <location filename="../gui/screens/results.py" line="140" />
        <source>U oefende %n minuten.</source>
        <translation><numerusform>You practised for %n minute.</numerusform>
            <numerusform>You practised for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="130" />
        <source>Bij {good} van de %n keuzevragen koos u de goede reactie.</source>
        <translation><numerusform>You chose the right response in {good} of the %n multiple-choice question.</numerusform>
            <numerusform>You chose the right response in {good} of the %n multiple-choice questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="136" />
        <source>U heeft {good} van de %n vragen goed.</source>
        <translation><numerusform>You got {good} of the %n question right.</numerusform>
            <numerusform>You got {good} of the %n questions right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="163" />
        <source>%n opdrachten zijn niet opgenomen.</source>
        <translation><numerusform>%n task was not recorded.</numerusform>
            <numerusform>%n tasks were not recorded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="149" />
        <source>Uw opnames zijn bewaard. Uw docent kan ze later beluisteren.</source>
        <translation>Your recordings have been saved. Your teacher can listen to them later.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="151" />
        <source>Er zijn geen opnames bewaard.</source>
        <translation>No recordings were saved.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="155" />
        <source>Uw niveau is nu {level}. Eerst was het {before}.</source>
        <translation>Your level is now {level}. Before, it was {before}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="160" />
        <source>Uw niveau is nu {level}.</source>
        <translation>Your level is now {level}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="165" />
        <source>Test de microfoon bij 'Geluid testen'. Probeer het dan nog een keer.</source>
        <translation>Test the microphone under 'Test sound'. Then try again.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="170" />
        <source>Oefen nog wat meer met fragmenten over: {themes}.</source>
        <translation>Practise a bit more with audio about: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="172" />
        <source>Oefen nog wat meer met teksten over: {themes}.</source>
        <translation>Practise a bit more with texts about: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="177" />
        <source>Alles ging goed. Probeer de volgende keer iets moeilijkers.</source>
        <translation>Everything went well. Next time, try something more difficult.</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <location filename="../gui/dialogs/pin.py" line="192" />
        <source>Deze PIN klopt niet.</source>
        <translation>This PIN is not correct.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="204" />
        <source>De twee PIN's zijn niet hetzelfde.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="214" />
        <source>Docent</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="220" />
        <source>Er is nog geen docent-PIN op deze computer. Kies een PIN van minstens 4 tekens (beter: 6 of meer). Leerlingen mogen deze PIN niet weten.</source>
        <translation>There is no teacher PIN on this computer yet. Choose a PIN of at least 4 characters (better: 6 or more). Learners must not know this PIN.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="226" />
        <source>Typ de docent-PIN. Daarna ziet u de resultaten van alle leerlingen.</source>
        <translation>Type the teacher PIN. Then you will see the results of all learners.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="228" />
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="229" />
        <source>Nog een keer:</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="230" />
        <source>PIN opslaan</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="230" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="231" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message>
        <location filename="../gui/screens/teacher.py" line="93" />
        <source>Docent</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="94" />
        <source>Over deze installatie</source>
        <translation>About this installation</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="95" />
        <source>Docent afsluiten</source>
        <translation>Close teacher mode</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="97" />
        <source>Leerlingen en groepen</source>
        <translation>Learners and groups</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="98" />
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="99" />
        <source>Itembanken</source>
        <translation>Item banks</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="100" />
        <source>Spreken beoordelen</source>
        <translation>Assess speaking</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="101" />
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <location filename="../audio/messages.py" line="75" />
        <source>We vinden geen luidspreker of koptelefoon. Sluit een koptelefoon of luidsprekers aan en probeer het opnieuw.</source>
        <translation>We cannot find a speaker or headphones. Connect headphones or speakers and try again.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="80" />
        <source>We vinden geen microfoon. Sluit een microfoon aan en probeer het opnieuw.</source>
        <translation>We cannot find a microphone. Connect a microphone and try again.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="83" />
        <source>De microfoon doet het niet meer. Wat u al had gezegd, is bewaard.</source>
        <translation>The microphone stopped working. What you had already said has been saved.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="86" />
        <source>De computer is vol. Uw opname is niet bewaard. Vraag hulp aan uw docent.</source>
        <translation>The computer is full. Your recording has not been saved. Ask your teacher for help.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="89" />
        <source>Dit geluid kan niet worden afgespeeld. Het bestand is kapot of er nog niet.</source>
        <translation>This sound cannot be played. The file is broken or not there yet.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="92" />
        <source>Het programma om geluid om te zetten ontbreekt (ffmpeg).</source>
        <translation>The program that converts sound is missing (ffmpeg).</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="95" />
        <source>Er ging iets mis met het geluid. Probeer het opnieuw.</source>
        <translation>Something went wrong with the sound. Please try again.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="32" />
        <source>U sprak 1 seconde.</source>
        <translation>You spoke for 1 second.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="33" />
        <source>U sprak {seconds} seconden.</source>
        <translation>You spoke for {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="34" />
        <source>Een goed antwoord duurt {low} tot {high} seconden.</source>
        <translation>A good answer takes {low} to {high} seconds.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="37" />
        <source>We hoorden geen stem. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>We did not hear a voice. Check that the microphone is switched on. Then try again.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="41" />
        <source>Uw stem was zacht. Spreek wat harder, of houd de microfoon dichter bij uw mond.</source>
        <translation>Your voice was quiet. Speak a little louder, or hold the microphone closer to your mouth.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="44" />
        <source>Het geluid was te hard. Spreek wat zachter, of houd de microfoon verder weg.</source>
        <translation>The sound was too loud. Speak a little more quietly, or hold the microphone further away.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="47" />
        <source>Vertel wat meer.</source>
        <translation>Say a bit more.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="48" />
        <source>Probeer het korter te zeggen.</source>
        <translation>Try to say it in a shorter way.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="49" />
        <source>Dat is een goede lengte. Goed gedaan!</source>
        <translation>That is a good length. Well done!</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="50" />
        <source>U begon na {seconds} seconden met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>You started talking after {seconds} seconds. That is OK. But try to start a bit earlier.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="53" />
        <source>U was een keer {seconds} seconden stil. Even nadenken mag. Praat daarna door.</source>
        <translation>Once, you were silent for {seconds} seconds. A short pause to think is OK. Then keep talking.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="61" />
        <source>U begon na 1 seconde met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>You started talking after 1 second. That is OK. But try to start a bit earlier.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="64" />
        <source>U was een keer 1 seconde stil. Even nadenken mag. Praat daarna door.</source>
        <translation>Once, you were silent for 1 second. A short pause to think is OK. Then keep talking.</translation>
    </message>
</context>
<context>
    <name>exam</name>
    <message>
        <location filename="../gui/exam_texts.py" line="22" />
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="23" />
        <source>Luisteren</source>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="24" />
        <source>Spreken</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="31" />
        <source>Oefenset met tijd: {skill} {level}</source>
        <translation>Timed practice set: {skill} {level}</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="34" />
        <source>Examen {skill} {level}</source>
        <translation>Exam {skill} {level}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="49" />
        <source>Er zijn %n opdrachten.</source>
        <translation><numerusform>There is %n task.</numerusform><numerusform>There are %n tasks.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="52" />
        <source>Bij %n opdrachten spreekt u een antwoord in.</source>
        <translation><numerusform>For %n task, you record an answer.</numerusform><numerusform>For %n tasks, you record an answer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="54" />
        <source>Bij %n opdrachten kiest u de goede reactie.</source>
        <translation><numerusform>For %n task, you choose the right response.</numerusform><numerusform>For %n tasks, you choose the right response.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="65" />
        <source>Er zijn %n vragen.</source>
        <translation><numerusform>There is %n question.</numerusform><numerusform>There are %n questions.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="66" />
        <source>U heeft %n minuten.</source>
        <translation><numerusform>You have %n minute.</numerusform><numerusform>You have %n minutes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="69" />
        <source>Eerst maakt u %n oefenvragen. Die tellen niet mee. Daarna begint de tijd.</source>
        <translation><numerusform>First you do %n practice question. It does not count. Then the time starts.</numerusform><numerusform>First you do %n practice questions. They do not count. Then the time starts.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="80" />
        <source>U ziet geen klok, net als bij het echte examen.</source>
        <translation>You do not see a clock, just like in the real exam.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="96" />
        <source>U mag elk fragment %n keer horen. Nog een keer luisteren kost wel tijd.</source>
        <translation><numerusform>You may listen to each audio %n time. Listening again does take time.</numerusform><numerusform>You may listen to each audio %n times. Listening again does take time.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="136" />
        <source>Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed is genoeg. Dat is geen officiële grens.</source>
        <translation><numerusform>Websites for exam preparation say: about {n} of the %n correct is enough. That is not an official pass mark.</numerusform><numerusform>Websites for exam preparation say: about {n} of the %n correct is enough. That is not an official pass mark.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="153" />
        <source>U krijgt geen melding over de tijd.</source>
        <translation>You will not get a message about the time.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="156" />
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="159" />
        <source>U krijgt een melding als u {moments} heeft.</source>
        <translation>You will get a message at these moments: {moments}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="170" />
        <source>nog %n minuten</source>
        <translation><numerusform>%n minute left</numerusform><numerusform>%n minutes left</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="61" />
        <source>Bij elke opdracht spreekt u een antwoord in.</source>
        <translation>For each task, you record an answer.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="77" />
        <source>Boven in het scherm ziet u hoeveel tijd u nog heeft.</source>
        <translation>At the top of the screen, you see how much time you have left.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="86" />
        <source>Onderaan staan de nummers van alle vragen. U mag zelf kiezen welke vraag u maakt. U kunt ook terug.</source>
        <translation>At the bottom, you see the numbers of all questions. You may choose which question you do. You can also go back.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="93" />
        <source>U gaat steeds naar de volgende opdracht. Terug kan niet.</source>
        <translation>You always go on to the next task. You cannot go back.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="105" />
        <source>U hoort de opdracht. U krijgt even tijd om na te denken. Na een piep spreekt u uw antwoord in.</source>
        <translation>You hear the task. You get a moment to think. After a beep, you record your answer.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="112" />
        <source>Aan het einde luistert u zelf naar uw opnames. U kijkt zelf of ze goed zijn, of uw docent doet dat.</source>
        <translation>At the end, you listen to your recordings yourself. You check for yourself if they are good, or your teacher does that.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="120" />
        <source>Elke goede vraag is 1 punt. Een vraag zonder antwoord is fout. Kies dus altijd een antwoord.</source>
        <translation>Each correct answer is 1 point. A question without an answer is wrong. So always choose an answer.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="128" />
        <source>Bij het Staatsexamen heeft u met {score} punten op de schaal een voldoende. Wij geven aan het einde een schatting van uw score.</source>
        <translation>At the Staatsexamen (state exam), {score} points on the scale is a pass. At the end, we give an estimate of your score.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="144" />
        <source>De uitslag ziet u pas aan het einde.</source>
        <translation>You only see the result at the end.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="61" />
        <source>U was bezig met een examen ({skill} {level}, {left}). Wilt u verder gaan?</source>
        <translation>You were doing an exam ({skill} {level}, {left}). Do you want to continue?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="67" />
        <source>Verder met het examen?</source>
        <translation>Continue the exam?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="70" />
        <source>Verder gaan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="72" />
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="124" />
        <source>Examen al open</source>
        <translation>Exam already open</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="125" />
        <source>Dit examen is al open in een ander venster.</source>
        <translation>This exam is already open in another window.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="127" />
        <source>Wilt u hier verder gaan? Het andere venster stopt dan.</source>
        <translation>Do you want to continue here? The other window will then stop.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="131" />
        <source>Hier verder gaan</source>
        <translation>Continue here</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="133" />
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="89" />
        <source>Vraag {n}: beantwoord</source>
        <translation>Question {n}: answered</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="91" />
        <source>Vraag {n}: nog open</source>
        <translation>Question {n}: still open</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="284" />
        <source>De opdracht:</source>
        <translation>The task:</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="291" />
        <source>U heeft deze opdracht al ingesproken.</source>
        <translation>You have already recorded this task.</translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <location filename="../gui/readiness_texts.py" line="24" />
        <source>nog onbekend</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="31" />
        <source>minder dan 10 %</source>
        <translation>less than 10 %</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="33" />
        <source>meer dan 90 %</source>
        <translation>more than 90 %</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="34" />
        <source>{low} tot {high} %</source>
        <translation>{low} to {high} %</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="49" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>You are probably ready for this part of the exam.</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="51" />
        <source>U bent goed op weg. Blijf oefenen.</source>
        <translation>You are doing well. Keep practising.</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="52" />
        <source>U heeft nog oefening nodig. Elke dag een beetje helpt.</source>
        <translation>You still need practice. A little every day helps.</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="60" />
        <source>Kans om te slagen: {chance}.</source>
        <translation>Chance of passing: {chance}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/readiness_texts.py" line="69" />
        <source>Nog te weinig gegevens: maak nog %n vragen.</source>
        <translation><numerusform>Not enough data yet: answer %n more question.</numerusform><numerusform>Not enough data yet: answer %n more questions.</numerusform></translation>
    </message>
</context>
<context>
    <name>speaking_task</name>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="176" />
        <location filename="../gui/widgets/speaking_task.py" line="386" />
        <source>Klaar.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="298" />
        <source>Probeer het nog een keer, of ga verder zonder opname.</source>
        <translation>Try again, or go on without a recording.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="333" />
        <source>● Opname loopt</source>
        <translation>● Recording</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="334" />
        <source>Zo hard hoort de microfoon u:</source>
        <translation>This is how loud the microphone hears you:</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="336" />
        <source>Ik ben klaar. Begin nu.</source>
        <translation>I am ready. Start now.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="338" />
        <source>Begin nu</source>
        <translation>Start now</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="341" />
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="343" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="345" />
        <source>Verder zonder opname</source>
        <translation>Go on without recording</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="351" />
        <source>Luister naar de opdracht.</source>
        <translation>Listen to the task.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="352" />
        <source>Daarna krijgt u even tijd om na te denken.</source>
        <translation>Then you get a moment to think.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="356" />
        <source>Denk na over uw antwoord.</source>
        <translation>Think about your answer.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="357" />
        <source>Zeg uw antwoord hardop als de tijd om is. Er wordt niets opgenomen.</source>
        <translation>Say your answer out loud when the time is up. Nothing is recorded.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="362" />
        <source>Na de piep begint de opname. Dan spreekt u.</source>
        <translation>After the beep, the recording starts. Then you speak.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="367" />
        <source>Zeg uw antwoord hardop.</source>
        <translation>Say your answer out loud.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="368" />
        <source>Er is geen microfoon. Er wordt niets opgenomen.</source>
        <translation>There is no microphone. Nothing is recorded.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="370" />
        <source>Klaar? Klik dan op 'Klaar'.</source>
        <translation>Finished? Then click 'Done'.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="373" />
        <source>Spreek nu.</source>
        <translation>Speak now.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="374" />
        <source>Als de tijd om is, gaat u vanzelf naar de volgende opdracht.</source>
        <translation>When the time is up, you go to the next task automatically.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="378" />
        <source>De opname stopt vanzelf als de tijd om is. Klaar? Klik op 'Stop'.</source>
        <translation>The recording stops by itself when the time is up. Finished? Click 'Stop'.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="384" />
        <source>Even geduld. We bewaren uw opname…</source>
        <translation>One moment. We are saving your recording…</translation>
    </message>
</context>
</TS>