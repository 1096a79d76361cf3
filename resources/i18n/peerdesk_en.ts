<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>Showing the %n newest matching entries; scroll for more.</source>
        <translation>
            <numerusform>Showing the %n newest matching entries; scroll for more.</numerusform>
            <numerusform>Showing the %n newest matching entries; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entry(ies).</source>
        <translation>
            <numerusform>%n matching entry.</numerusform>
            <numerusform>%n matching entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: the %n entry(ies) are as they were written, in order, with none removed.</source>
        <translation>
            <numerusform>The chain is intact: the %n entry is as it was written.</numerusform>
            <numerusform>The chain is intact: all %n entries are as they were written, in order, with none removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
        <source> · %n not ticked</source>
        <translation>
            <numerusform> · %n not ticked</numerusform>
            <numerusform> · %n not ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up is due</numerusform>
            <numerusform>%n follow-ups are due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation>
            <numerusform> (%n overdue)</numerusform>
            <numerusform> (%n overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryActions</name>
    <message numerus="yes">
        <source>%n resource(s) imported.</source>
        <translation>
            <numerusform>%n resource was imported.</numerusform>
            <numerusform>%n resources were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) saved to %1.</source>
        <translation>
            <numerusform>%n resource was saved to %1.</numerusform>
            <numerusform>%n resources were saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillFeedbackView</name>
    <message numerus="yes">
        <source>Not passed: %n critical action(s) missed.</source>
        <translation>
            <numerusform>Not passed: %n critical action was missed.</numerusform>
            <numerusform>Not passed: %n critical actions were missed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n resource(s) will be added. No problems found.</source>
        <translation>
            <numerusform>%n resource will be added. No problems found.</numerusform>
            <numerusform>%n resources will be added. No problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n resource(s)</source>
        <translation>
            <numerusform>&amp;Import %n resource</numerusform>
            <numerusform>&amp;Import %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) need fixing; nothing will be imported until they are fixed. Correct the file and choose it again.</source>
        <translation>
            <numerusform>%n row needs fixing; nothing will be imported until it is fixed. Correct the file and choose it again.</numerusform>
            <numerusform>%n rows need fixing; nothing will be imported until they are fixed. Correct the file and choose it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message numerus="yes">
        <source>Recorded: %n newly reached.</source>
        <translation>
            <numerusform>Recorded: %n newly reached.</numerusform>
            <numerusform>Recorded: %n newly reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acute phase closed: %n follow-ups planned, in Follow-ups.</source>
        <translation>
            <numerusform>Acute phase closed: %n follow-up planned, in Follow-ups.</numerusform>
            <numerusform>Acute phase closed: %n follow-ups planned, in Follow-ups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>PeerDesk locks in %n second(s): save your work or move the mouse.</source>
        <translation>
            <numerusform>PeerDesk locks in %n second: save your work or move the mouse.</numerusform>
            <numerusform>PeerDesk locks in %n seconds: save your work or move the mouse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There were %n failed sign-in attempt(s) on your account since your last sign-in.</source>
        <translation>
            <numerusform>There was %n failed sign-in attempt on your account since your last sign-in.</numerusform>
            <numerusform>There were %n failed sign-in attempts on your account since your last sign-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before this sign-in, a temporary passphrase was used to sign in as you %n time(s).</source>
        <translation>
            <numerusform>Before this sign-in, a temporary passphrase was used to sign in as you %n time.</numerusform>
            <numerusform>Before this sign-in, a temporary passphrase was used to sign in as you %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyContactsPage</name>
    <message numerus="yes">
        <source>Showing the newest %n contacts; scroll for more.</source>
        <translation>
            <numerusform>Showing the newest %n contacts; scroll for more.</numerusform>
            <numerusform>Showing the newest %n contacts; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s).</source>
        <translation>
            <numerusform>%n contact.</numerusform>
            <numerusform>%n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message numerus="yes">
        <source>%n form(s) saved in this session.</source>
        <translation>
            <numerusform>%n form saved in this session.</numerusform>
            <numerusform>%n forms saved in this session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message numerus="yes">
        <source>idle lock after %n minute(s)</source>
        <translation>
            <numerusform>idle lock after %n minute</numerusform>
            <numerusform>idle lock after %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes expire after %n day(s)</source>
        <translation>
            <numerusform>notes expire after %n day</numerusform>
            <numerusform>notes expire after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>groups under %n contact(s) hidden in statistics</source>
        <translation>
            <numerusform>groups under %n contact hidden in statistics</numerusform>
            <numerusform>groups under %n contacts hidden in statistics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quarters close %n day(s) after they end</source>
        <translation>
            <numerusform>quarters close %n day after they end</numerusform>
            <numerusform>quarters close %n days after they end</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralLookupDialog</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message numerus="yes">
        <source>open, %Ln response(s)</source>
        <translation>
            <numerusform>open, %Ln response</numerusform>
            <numerusform>open, %Ln responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed, %Ln response(s)</source>
        <translation>
            <numerusform>closed, %Ln response</numerusform>
            <numerusform>closed, %Ln responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingRecords</name>
    <message numerus="yes">
        <source>{course} expires on {date}, in %n day(s).</source>
        <translation>
            <numerusform>{course} expires on {date}, in %n day.</numerusform>
            <numerusform>{course} expires on {date}, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date} · in %n day(s)</source>
        <translation>
            <numerusform>{date} · in %n day</numerusform>
            <numerusform>{date} · in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingRecordsPage</name>
    <message numerus="yes">
        <source>%n member(s) not current: {names}.</source>
        <translation>
            <numerusform>%n member is not current: {names}.</numerusform>
            <numerusform>%n members are not current: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) or certification(s) expire within 60 days (see Next expiry).</source>
        <translation>
            <numerusform>%n course or certification expires within 60 days (see Next expiry).</numerusform>
            <numerusform>%n courses or certifications expire within 60 days (see Next expiry).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingTools</name>
    <message numerus="yes">
        <source>Imported “%1” with %n scenario(s).</source>
        <translation>
            <numerusform>Imported “%1” with %n scenario.</numerusform>
            <numerusform>Imported “%1” with %n scenarios.</numerusform>
        </translation>
    </message>
</context>
</TS>
