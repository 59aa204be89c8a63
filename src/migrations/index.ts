import * as migration_20261125_172750_initial from './20261125_172750_initial';
import * as migration_20261125_173009_multi_platform from './20261125_173009_multi_platform';

export const migrations = [
  {
    up: migration_20261125_172750_initial.up,
    down: migration_20261125_172750_initial.down,
    name: '20261125_172750_initial',
  },
  {
    up: migration_20261125_173009_multi_platform.up,
    down: migration_20261125_173009_multi_platform.down,
    name: '20261125_173009_multi_platform'
  },
];
