CREATE TABLE `identities` (
  `id` CHAR(36) NOT NULL,
  `nid` VARCHAR(64) NOT NULL,
  `traits` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
