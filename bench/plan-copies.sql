-- Run by MemoryBenchmark for the plan page, after the user plan-template made a plan through the page
-- ("Create plan"): every other user of the plan page (plan-0, plan-1, ...) gets a copy of it, then every plan
-- gets a tenth step. The users of the other pages, on the same server since bench/memory.sh serves all pages
-- from one, get no plan: their pages are measured as before, without one.
-- With the catalog of two roles of six skills each, the generator makes at most 9 steps for a role (one per
-- skill gap, education, one evidence step, one ongoing step), which the template's ratings give. The tenth
-- is a step the plan kept from an earlier catalog in which the role also asked for data science tools: what
-- PlanMerge leaves after a regeneration in which that gap is gone (done, closed by the ratings).
insert into plan (owner_id, role_id, hours_per_week, starts_on)
select u.id, t.role_id, t.hours_per_week, t.starts_on
from app_user u
cross join plan t join app_user tu on tu.id = t.owner_id and tu.username = 'plan-template'
where u.id <> tu.id and u.username like 'plan-%';

insert into plan_step (plan_id, owner_id, step_key, position, kind, title, skill_key, from_level, to_level,
                       article_tips, action, effort_hours, starts_on, due_on, status, note, done_on,
                       closed_by_rating, version)
select p.id, p.owner_id, s.step_key, s.position, s.kind, s.title, s.skill_key, s.from_level, s.to_level,
       s.article_tips, s.action, s.effort_hours, s.starts_on, s.due_on, s.status, s.note, s.done_on,
       s.closed_by_rating, s.version
from plan_step s
join plan t on t.id = s.plan_id
join app_user tu on tu.id = t.owner_id and tu.username = 'plan-template'
join plan p on p.role_id = t.role_id and p.owner_id <> tu.id
-- only the plan page's users: the home page's (bench/home-plans.sql) have plans for the same roles
join app_user pu on pu.id = p.owner_id and pu.username like 'plan-%';

insert into plan_step (plan_id, owner_id, step_key, position, kind, title, skill_key, from_level, to_level,
                       article_tips, action, effort_hours, starts_on, due_on, status, done_on, closed_by_rating)
select p.id, p.owner_id, 'skill:data-science-tools',
       (select max(position) + 1 from plan_step s where s.plan_id = p.id), 'skill',
       'Data science tools: from 1 aware to 2 working', 'data-science-tools', 1, 2,
       array['Familiarize oneself with data science tools and software like Python, R, or SQL'],
       'Spend about 20 hours on data science tools, working with Python, R, SQL: a course, a book or guided '
           || 'exercises, about 20 hours per level. Then rate yourself again.',
       20, p.starts_on, p.starts_on + 28, 'done', current_date, true
from plan p
join app_user pu on pu.id = p.owner_id and pu.username like 'plan-%';
