-> DONE

=== session_1 ===
Hello, and welcome to the first of three short sessions.
Today we will notice how worry shows up for you.
How has your week been?
* [Good]
  That's good to hear.
* [Mixed]
  Weeks are often up and down.
* [Hard]
  I'm sorry it has been hard.
- Thank you for telling me.
Where do you notice worry most?
* [In my thoughts]
  Lots of people notice the what ifs first.
* [In my body]
  The body often knows before we do.
* [In what I do]
  Checking and putting things off are common.
- Worry shows up in all three places.
When does worry tend to start?
* [In the morning]
  Mornings can be hard.
* [In the evening]
  Evenings give worry room to grow.
* [At night]
  Night-time worry can keep us awake.
- Noticing when it starts is a first step.
Before next time, notice one worry a day.
Well done for today.
-> END

=== session_2 ===
Welcome back to the second session.
Today we will try setting aside time for worry.
How did noticing worry go?
* [It went well]
  Great, keep it up.
* [I managed some]
  Some is a good start.
* [I forgot]
  That's fine. Let's try again.
- Thanks for trying it.
When could your worry time be?
* [At lunchtime]
  Lunchtime works for many people.
* [After tea]
  After tea is a good choice.
* [On a walk]
  A walk can help you think.
- Keep it the same time each day.
How long should it be?
* [Ten minutes]
  Ten minutes is plenty to start.
* [Fifteen minutes]
  Fifteen minutes works well.
* [Twenty minutes]
  Twenty minutes is the most you need.
- When the time is up, move on to something else.
Try worry time every day this week.
See you next time.
-> END

=== session_3 ===
Welcome to the third session.
Today we will sort worries into two kinds.
How did worry time go?
* [It helped]
  I'm glad it helped.
* [It was mixed]
  It often takes practice.
* [It was hard]
  Thank you for sticking with it.
- Let's build on that.
Is your main worry practical or a what if?
* [Practical]
  Then we can make a plan.
* [A what if]
  Then worry time is the right tool.
* [Not sure]
  We can sort it together.
- Knowing the kind helps us choose what to do.
What is one small step you could take?
* [Make a call]
  A call is a clear first step.
* [Write a list]
  A list makes it feel smaller.
* [Ask for help]
  Asking for help is a strength.
- Small steps add up.
Try one small step before next time.
Thank you. That's the end of the sample.
-> END
