<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../gui/screens/home.py" line="127"/>
        <source>Lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="128"/>
        <source>Luisteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="129"/>
        <source>Spreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="135"/>
        <source>Hallo {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="136"/>
        <source>Ander profiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="139"/>
        <source>Uw doel: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="141"/>
        <source>U oefent voor het examen op niveau {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="145"/>
        <source>Nog {days} dagen tot uw examen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="153"/>
        <source>Uw niveau nu: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="157"/>
        <source>Klaar: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="160"/>
        <source>{n} vragen gemaakt, {good} goed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="164"/>
        <source>Oefenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="166"/>
        <source>Nog geen niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="170"/>
        <source>Begin met een korte test. Dan weten we waar u kunt beginnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="173"/>
        <source>Korte test (5 minuten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="176"/>
        <source>Nog geen oefeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="180"/>
        <source>U heeft in totaal {minutes} minuten geoefend. Goed bezig!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="184"/>
        <source>Kies een onderdeel. Een keer oefenen duurt ongeveer 10 minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="189"/>
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="191"/>
        <source>U bent goed op weg. Blijf oefenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="192"/>
        <source>U heeft nog oefening nodig. Elke dag een beetje helpt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="33"/>
        <source>Even geduld. Het programma wordt klaargezet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="68"/>
        <source>Er ging iets mis. Uw antwoorden zijn bewaard. Probeer het nog een keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="70"/>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingScreen</name>
    <message>
        <location filename="../gui/screens/onboarding.py" line="152"/>
        <source>Welkom bij examtrainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="154"/>
        <source>In welke taal wilt u de uitleg lezen? U kunt dit later veranderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="156"/>
        <source>Verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="157"/>
        <source>Over u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="158"/>
        <source>Hoe heet u? (Uw voornaam is genoeg.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="159"/>
        <source>Voor welk examen oefent u?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="160"/>
        <source>Inburgeringsexamen A2 (DUO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="161"/>
        <source>Staatsexamen Nt2 B1 (programma I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="164"/>
        <source>Moest u inburgeren vóór 2022? Dan is het meestal A2. Vanaf 2022 is het meestal B1. Twijfelt u? Kies A2. U kunt het later veranderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="168"/>
        <source>Uw doel (mag leeg blijven), bijvoorbeeld: werk vinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="169"/>
        <source>Ik weet de datum van mijn examen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="170"/>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="171"/>
        <source>Beginnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../gui/screens/profiles.py" line="61"/>
        <source>Wie gaat er oefenen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="62"/>
        <source>Nieuw profiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="63"/>
        <source>Openen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <location filename="../gui/screens/reading.py" line="191"/>
        <source>Vraag {n} van {total} bij deze tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="207"/>
        <source>Kies eerst een antwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="218"/>
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="221"/>
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="254"/>
        <source>Korte test: lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="257"/>
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="262"/>
        <source>Lezen oefenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="263"/>
        <source>Lees de tekst. Kies dan het goede antwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="264"/>
        <source>Stoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="265"/>
        <source>Controleer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="266"/>
        <source>Volgende vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="267"/>
        <source>Typ hier uw antwoord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../gui/screens/results.py" line="59"/>
        <source>de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="60"/>
        <source>werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="61"/>
        <source>gezondheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="62"/>
        <source>wonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="63"/>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="64"/>
        <source>winkelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="65"/>
        <source>reizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="66"/>
        <source>vrije tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="67"/>
        <source>geld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="68"/>
        <source>familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="69"/>
        <source>buren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="70"/>
        <source>instanties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="71"/>
        <source>nieuws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="72"/>
        <source>algemeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="77"/>
        <source>Naar het begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="78"/>
        <source>Nog een keer oefenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="84"/>
        <source>De test is klaar. Dank u wel!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="86"/>
        <source>Klaar! Goed gedaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="91"/>
        <source>U heeft {good} van de {total} vragen goed. U oefende {minutes} minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="96"/>
        <source>Uw niveau is nu {level}. Eerst was het {before}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="101"/>
        <source>Uw niveau is nu {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="105"/>
        <source>Oefen nog wat meer met teksten over: {themes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="109"/>
        <source>Alles ging goed. Probeer de volgende keer iets moeilijkers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
