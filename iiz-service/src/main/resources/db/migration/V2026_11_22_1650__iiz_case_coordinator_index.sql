-- IZ-09: the overdue list per coordinator filters open cases by their coordinator.
create index iiz_case_open_by_coordinator on iiz_case (coordinator) where status <> 'CLOSED';
